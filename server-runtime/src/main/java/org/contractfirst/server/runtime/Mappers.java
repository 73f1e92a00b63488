package org.contractfirst.server.runtime;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
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

import java.io.IOException;
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
        JsonMapper mapper = base().disable(MapperFeature.ALLOW_COERCION_OF_SCALARS).build();
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

    /** A required field is written even when null: a required, nullable field ({@code profile_picture_url}) is null, not absent. */
    private static final class RequiredAlwaysWritten extends JacksonAnnotationIntrospector {
        @Override
        public JsonInclude.Value findPropertyInclusion(Annotated annotated) {
            JsonProperty property = _findAnnotation(annotated, JsonProperty.class);
            return property != null && property.required()
                    ? JsonInclude.Value.construct(JsonInclude.Include.ALWAYS, JsonInclude.Include.ALWAYS)
                    : super.findPropertyInclusion(annotated);
        }
    }

    /**
     * A model with {@code additionalProperties: true} is generated as a HashMap written as an object, and Jackson then
     * writes HashMap's own {@code isEmpty()} as a field. (The cost: a map key named "empty" is not written.)
     */
    @JsonIgnoreProperties("empty")
    private abstract static class MapModel {
    }
}
