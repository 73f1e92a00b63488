package org.contractfirst.client.runtime;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.MapperBuilder;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;

/**
 * Reads bodies in JSON or XML into the generated models, and turns request values into JSON trees. Lenient on
 * reading so that a server that grew a field or an enum value does not break its older clients: unknown fields are
 * skipped, and the generated enums map unknown values to their {@code UNKNOWN_DEFAULT_OPEN_API} constant.
 */
final class Codec {

    private static final ObjectMapper JSON = configure(JsonMapper.builder()).build();
    // The models carry the spec's XML names as Jackson XML annotations, which the code generation adds; a wrapped
    // array is known by its wrapper's name, so that its items' name may be another property's.
    private static final ObjectMapper XML = configure(XmlMapper.builder())
            .enable(MapperFeature.USE_WRAPPER_NAME_AS_PROPERTY_NAME).addModule(XmlItemNames.module()).build();

    private Codec() {
    }

    private static <M extends ObjectMapper, B extends MapperBuilder<M, B>> B configure(B builder) {
        return builder.addModule(new JavaTimeModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT)
                .serializationInclusion(JsonInclude.Include.NON_NULL);
    }

    static JavaType type(java.lang.reflect.Type type) {
        return JSON.getTypeFactory().constructType(type);
    }

    static Object read(byte[] body, Format format, JavaType type) throws IOException {
        return (format == Format.XML ? XML : JSON).readValue(body, type);
    }

    static byte[] writeJson(Object value) throws IOException {
        return JSON.writeValueAsBytes(value);
    }

    static byte[] writeXml(Object value) throws IOException {
        return XML.writeValueAsBytes(value);
    }

    static JsonNode tree(Object value) {
        return JSON.valueToTree(value);
    }
}
