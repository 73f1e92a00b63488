package org.contractfirst.server.runtime.errors;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import java.util.stream.Collectors;

/** Says, for people and without a stack trace, why a body could not be read into its model. */
public final class JsonErrors {

    private JsonErrors() {
    }

    public static String describe(Throwable error) {
        Throwable cause = error;
        while (cause != null && !(cause instanceof JsonMappingException) && cause.getCause() != null
                && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return path(unknown) + ": unknown field";
        }
        if (cause instanceof MismatchedInputException missing
                && missing.getOriginalMessage().startsWith("Missing required creator property")) {
            return missing.getOriginalMessage().replaceFirst(".*'(.*)'.*", "$1") + ": required";
        }
        if (cause instanceof InvalidNullException nullValue) {
            return path(nullValue) + ": null is not allowed";
        }
        if (cause instanceof ValueInstantiationException instantiation) {
            return path(instantiation) + ": not one of the allowed values";
        }
        if (cause instanceof InvalidFormatException invalid) {
            return path(invalid) + ": '" + invalid.getValue() + "' is not a valid " + typeName(invalid);
        }
        if (cause instanceof MismatchedInputException mismatch) {
            String where = mismatch.getPath().isEmpty() ? "the body" : path(mismatch);
            return where + ": not of the type the schema declares" + (mismatch.getTargetType() == null ? ""
                    : " (" + jsonType(mismatch.getTargetType()) + ")");
        }
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return path(mapping) + ": cannot be read";
        }
        if (cause instanceof com.fasterxml.jackson.core.JsonProcessingException parsing) {
            return "the body is not valid JSON: " + parsing.getOriginalMessage().split("\n")[0]
                    .replaceFirst("\\s*\\(start marker at.*", "");
        }
        return "the body cannot be read";
    }

    private static String jsonType(Class<?> type) {
        if (type == String.class || type.isEnum()) {
            return "a string";
        }
        if (Number.class.isAssignableFrom(type)) {
            return "a number";
        }
        if (type == Boolean.class) {
            return "a boolean";
        }
        return java.util.Collection.class.isAssignableFrom(type) ? "an array" : "an object";
    }

    private static String typeName(InvalidFormatException invalid) {
        Class<?> target = invalid.getTargetType();
        return target.isEnum() ? "value (expected one of the enum's values)" : target.getSimpleName();
    }

    private static String path(JsonMappingException error) {
        return error.getPath().stream()
                .map(reference -> reference.getFieldName() != null ? reference.getFieldName() : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining("."));
    }
}
