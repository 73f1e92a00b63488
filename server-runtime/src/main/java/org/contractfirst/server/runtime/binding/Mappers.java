package org.contractfirst.server.runtime.binding;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;

import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;

/** The JSON mapper of the servers: ISO 8601 dates, absent rather than null fields, enums read strictly. */
public final class Mappers {

    private Mappers() {
    }

    /**
     * The mapper of JSON bodies: a value of the wrong JSON type (a number for a string, a string for a number) is an
     * error, not coerced; a field the model does not declare is an error unless its schema is open (the generated
     * model then says to skip it).
     */
    public static ObjectMapper json() {
        JsonMapper mapper = base().disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .addModule(new SimpleModule()
                        .addDeserializer(OffsetDateTime.class, new TextOnlyDate<>(OffsetDateTime.class, InstantDeserializer.OFFSET_DATE_TIME))
                        .addDeserializer(LocalDate.class, new TextOnlyDate<>(LocalDate.class, LocalDateDeserializer.INSTANCE)))
                .build();
        for (LogicalType textual : new LogicalType[] {LogicalType.Textual, LogicalType.Enum}) {
            mapper.coercionConfigFor(textual)
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        }
        return mapper;
    }

    /**
     * The mapper of multipart fields, which arrive as text: "1.25" is read as the number the schema asks for. A file
     * part is no text: where the schema wants a string, it is refused, not read as its {@code toString()}.
     */
    public static ObjectMapper form() {
        return base().enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .addModule(new SimpleModule().addDeserializer(String.class, new TextOnly())).build();
    }

    /**
     * A date or date-time of a JSON body, which JSON Schema says is a string: JavaTimeModule would also read a number
     * as seconds since the epoch, and an array as its fields.
     */
    private static final class TextOnlyDate<T> extends StdScalarDeserializer<T> {
        private final JsonDeserializer<T> text;

        TextOnlyDate(Class<T> type, JsonDeserializer<T> text) {
            super(type);
            this.text = text;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return (T) context.handleUnexpectedToken(handledType(), parser);
            }
            return text.deserialize(parser, context);
        }
    }

    private static final class TextOnly extends StdScalarDeserializer<String> {
        TextOnly() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() == JsonToken.VALUE_EMBEDDED_OBJECT) {
                return (String) context.handleUnexpectedToken(String.class, parser);
            }
            return StringDeserializer.instance.deserialize(parser, context);
        }
    }

    private static JsonMapper.Builder base() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .addMixIn(HashMap.class, MapModel.class)
                .annotationIntrospector(new RequiredAlwaysWritten());
    }

    /**
     * A required, nullable field is written even when null ({@code profile_picture_url} is null, not absent). One
     * that is not nullable (its setter refuses null) is left out when null, as a field the other side writes only
     * (writeOnly) is in a response.
     */
    private static final class RequiredAlwaysWritten extends JacksonAnnotationIntrospector {
        @Override
        public JsonInclude.Value findPropertyInclusion(Annotated annotated) {
            JsonProperty property = _findAnnotation(annotated, JsonProperty.class);
            JsonSetter setter = _findAnnotation(annotated, JsonSetter.class);
            boolean nullable = setter == null || setter.nulls() != Nulls.FAIL;
            return property != null && property.required() && nullable
                    ? JsonInclude.Value.construct(JsonInclude.Include.ALWAYS, JsonInclude.Include.ALWAYS)
                    : super.findPropertyInclusion(annotated);
        }
    }

    /**
     * A model with {@code additionalProperties: true} is generated as a HashMap written as an object, and Jackson then
     * writes HashMap's own {@code isEmpty()} as a field. (The cost: a map key named "empty" is not written.) Ignored
     * as a member, so that a model's own class annotations do not replace it.
     */
    private abstract static class MapModel {
        @JsonIgnore
        public abstract boolean isEmpty();
    }
}
