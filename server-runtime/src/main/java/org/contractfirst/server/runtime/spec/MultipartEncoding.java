package org.contractfirst.server.runtime.spec;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code encoding} object of a multipart request body, per property: whether it is sent in bracket notation
 * ({@code style: deepObject}: {@code a[b][c]=v}) and which content types its part may have ({@code contentType},
 * a comma-separated list that may hold wildcards such as {@code image/*}).
 */
public final class MultipartEncoding {

    private static final MultipartEncoding NONE = new MultipartEncoding(Map.of());

    private record Property(boolean deepObject, List<String> contentTypes) {
    }

    private final Map<String, Property> properties;

    private MultipartEncoding(Map<String, Property> properties) {
        this.properties = properties;
    }

    static MultipartEncoding of(JsonNode encoding) {
        if (!encoding.isObject() || encoding.isEmpty()) {
            return NONE;
        }
        Map<String, Property> properties = new HashMap<>();
        encoding.fields().forEachRemaining(entry -> {
            JsonNode property = entry.getValue();
            List<String> types = property.hasNonNull("contentType") ? Arrays.stream(property.get("contentType").asText()
                    .split(",")).map(type -> type.trim().toLowerCase(Locale.ROOT)).filter(type -> !type.isEmpty()).toList()
                    : List.of();
            properties.put(entry.getKey(), new Property("deepObject".equals(property.path("style").asText()), types));
        });
        return new MultipartEncoding(Map.copyOf(properties));
    }

    /** Whether the property's fields come in bracket notation. */
    public boolean isDeepObject(String property) {
        Property declared = properties.get(property);
        return declared != null && declared.deepObject();
    }

    /** Whether a part of {@code contentType} may carry the property: any type, unless the encoding lists some. */
    public boolean accepts(String property, String contentType) {
        Property declared = properties.get(property);
        if (declared == null || declared.contentTypes().isEmpty()) {
            return true;
        }
        String type = contentType.toLowerCase(Locale.ROOT);
        return declared.contentTypes().stream().anyMatch(allowed -> allowed.equals(type) || allowed.equals("*/*")
                || allowed.endsWith("/*") && type.startsWith(allowed.substring(0, allowed.length() - 1)));
    }

    /** The content types the property's part may have, as the spec lists them. */
    public List<String> contentTypes(String property) {
        Property declared = properties.get(property);
        return declared == null ? List.of() : declared.contentTypes();
    }
}
