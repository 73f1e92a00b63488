package org.contractfirst.server.runtime;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Reads the parameter types JAX-RS cannot read as the specs mean them: ISO 8601 date-times, and booleans, which
 * JAX-RS reads leniently (anything but "true" is false). A value that does not parse is bad input (400), never a 404.
 */
public final class Parameters implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> type, Type genericType, Annotation[] annotations) {
        if (type == OffsetDateTime.class) {
            return (ParamConverter<T>) new Converter<>("an ISO 8601 date-time", OffsetDateTime::parse);
        }
        if (type == Boolean.class) {
            return (ParamConverter<T>) new Converter<>("true or false", Parameters::strictBoolean);
        }
        return null;
    }

    private static Boolean strictBoolean(String value) {
        if (value.equals("true") || value.equals("false")) {
            return Boolean.valueOf(value);
        }
        throw new IllegalArgumentException(value);
    }

    private record Converter<T>(String expected, java.util.function.Function<String, T> parse) implements ParamConverter<T> {
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
