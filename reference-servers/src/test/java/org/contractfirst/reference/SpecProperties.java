package org.contractfirst.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** The properties of a schema of a spec as the servers carry it ({@code specs/<api>.yaml}), each with whether it is nullable. */
public final class SpecProperties {

    private SpecProperties() {
    }

    /** Each property of {@code components/schemas/<schema>} by name: {@code true} where it admits null. */
    public static Map<String, Boolean> nullable(String api, String schema) {
        Map<String, Boolean> properties = new LinkedHashMap<>();
        read(api).path("components").path("schemas").path(schema).path("properties").fields()
                .forEachRemaining(property -> properties.put(property.getKey(),
                        property.getValue().path("nullable").asBoolean(false)));
        if (properties.isEmpty()) {
            throw new IllegalArgumentException(api + " has no schema " + schema + " with properties");
        }
        return properties;
    }

    /** The node at {@code pointer} in the spec, such as {@code /components/schemas/User/properties/locale}. */
    public static JsonNode at(String api, String pointer) {
        return read(api).at(pointer);
    }

    private static JsonNode read(String api) {
        try (InputStream in = SpecProperties.class.getClassLoader().getResourceAsStream("specs/" + api + ".yaml")) {
            return new ObjectMapper(new YAMLFactory()).readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
