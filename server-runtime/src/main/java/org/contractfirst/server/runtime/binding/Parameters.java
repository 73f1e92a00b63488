package org.contractfirst.server.runtime.binding;

import org.contractfirst.server.runtime.validation.FormatOf;
import org.contractfirst.server.runtime.errors.BadRequestException;
import org.contractfirst.server.runtime.errors.JsonErrors;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import org.contractfirst.parameters.Shape;
import org.contractfirst.parameters.Style;
import org.contractfirst.parameters.StyleReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Reads parameters as the specs mean them, where JAX-RS would not: a value that does not parse is bad input (400),
 * never the 404 JAX-RS answers for an unreadable path or query parameter; ISO 8601 dates and date-times; booleans,
 * which JAX-RS reads leniently (anything but "true" is false); and a parameter of a generated model, which the spec
 * gives as JSON ({@code content}) or in a style {@link org.contractfirst.server.runtime.routing.ParameterStyles} has turned into JSON.
 */
public final class Parameters implements ParamConverterProvider {

    private static final Map<Class<?>, Converter<?>> SCALARS = Map.of(
            OffsetDateTime.class, new Converter<>("an ISO 8601 date-time", OffsetDateTime::parse),
            LocalDate.class, new Converter<>("an ISO 8601 date", LocalDate::parse),
            Boolean.class, new Converter<>("true or false", Parameters::strictBoolean),
            Integer.class, new Converter<>("an integer", Integer::valueOf),
            Long.class, new Converter<>("an integer", Long::valueOf),
            Float.class, new Converter<>("a number", Float::valueOf),
            Double.class, new Converter<>("a number", Double::valueOf),
            BigDecimal.class, new Converter<>("a number", BigDecimal::new),
            UUID.class, new Converter<>("a UUID", Parameters::canonicalUuid));

    private final ObjectMapper json;

    /** @param json the mapper of a model's JSON, whose values may be text: the styles of a query carry no types */
    public Parameters(ObjectMapper json) {
        this.json = json;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> type, Type genericType, Annotation[] annotations) {
        Converter<?> scalar = SCALARS.get(type);
        if (scalar != null) {
            return (ParamConverter<T>) scalar;
        }
        Optional<PathParam> path = Arrays.stream(annotations).filter(PathParam.class::isInstance).map(PathParam.class::cast)
                .findFirst();
        if (type == List.class && path.isPresent()) {
            // A path array is one segment, its items joined by commas (the simple style, or label and matrix as
            // ParameterStyles has rewritten them); JAX-RS would bind the whole segment as one item.
            JavaType list = json.getTypeFactory().constructType(genericType);
            return new Converter<>("a list of " + list.getContentType().getRawClass().getSimpleName(), value ->
                    json.convertValue(StyleReader.path(path.get().value(), Style.SIMPLE, false, Shape.ARRAY, value,
                            UnaryOperator.identity()).orElseThrow(), list));
        }
        if (isModel(type)) {
            return new Converter<>("JSON of " + type.getSimpleName(), value -> {
                try {
                    return json.readValue(value, type);
                } catch (JsonProcessingException e) {
                    throw new IllegalArgumentException(JsonErrors.describe(e), e);
                }
            });
        }
        return null;
    }

    /**
     * A class generated from a schema of the spec, that is not an enum (an enum reads itself from its value), or the
     * free-form object a schema without properties is generated as.
     */
    private static boolean isModel(Class<?> type) {
        return type == Object.class || !type.isEnum() && type.getPackageName().endsWith(".model");
    }

    private static Boolean strictBoolean(String value) {
        if (value.equals("true") || value.equals("false")) {
            return Boolean.valueOf(value);
        }
        throw new IllegalArgumentException(value);
    }

    /** Only the 8-4-4-4-12 form: {@link UUID#fromString} also takes {@code 1-2-3-4-5}, which no schema's uuid is. */
    private static UUID canonicalUuid(String value) {
        if (!FormatOf.Validator.isUuid(value)) {
            throw new IllegalArgumentException(value);
        }
        return UUID.fromString(value);
    }

    private record Converter<T>(String expected, Function<String, T> parse) implements ParamConverter<T> {
        @Override
        public T fromString(String value) {
            if (value == null) {
                return null;
            }
            try {
                return parse.apply(value);
            } catch (IllegalArgumentException | DateTimeParseException e) {
                throw new WebApplicationException(new BadRequestException("'" + value + "' is not " + expected), 400);
            }
        }

        @Override
        public String toString(T value) {
            return String.valueOf(value);
        }
    }
}
