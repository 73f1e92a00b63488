package org.contractfirst.conformance.requests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.contractfirst.conformance.spec.MediaType;
import org.contractfirst.form.BracketNotation;
import org.contractfirst.values.Schemas;
import org.contractfirst.values.xml.XmlWriter;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.contractfirst.conformance.http.Body;

import static org.contractfirst.parameters.PercentEncoding.rfc3986;
import static org.contractfirst.parameters.ScalarText.plain;

/**
 * A body value written as its media type says: JSON; XML from the schema's {@code xml} objects; a form with each
 * property in its encoding's style; multipart with each property as OpenAPI's encoding rules give it (text for a
 * scalar, JSON for an object, a part per item of an array, a file for binary, the declared {@code contentType},
 * bracket notation where the style is {@code deepObject}); text; or raw bytes.
 */
public final class BodyEncoder {

    /** The bytes sent where a schema asks for binary content: a small PNG header, which no text reader takes. */
    public static final byte[] BINARY = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};

    private final Schemas schemas;
    private final XmlWriter xml;

    public BodyEncoder(Schemas schemas) {
        this.schemas = schemas;
        this.xml = new XmlWriter(schemas);
    }

    public Body encode(MediaType media, JsonNode value) {
        String essence = media.essence();
        String contentType = essence.equals("*/*") ? "application/json" : media.name();
        if (MediaType.isJson(essence)) {
            return Body.text(contentType, value.toString());
        }
        if (MediaType.isXml(essence)) {
            return Body.text(contentType, xml.write(media.schema(), value));
        }
        if (essence.equals("application/x-www-form-urlencoded")) {
            return Body.text(contentType, form(media, value));
        }
        if (essence.startsWith("multipart/")) {
            return Body.multipart(parts(media, value));
        }
        if (essence.startsWith("text/")) {
            return Body.text(contentType, value.isTextual() ? value.asText() : value.toString());
        }
        return Body.of(contentType, bytes(value));
    }

    private String form(MediaType media, JsonNode value) {
        List<String> pairs = new ArrayList<>();
        value.fields().forEachRemaining(property -> {
            JsonNode encoding = media.encodingOf(property.getKey());
            String style = encoding.path("style").asText("form");
            boolean explode = encoding.has("explode") ? encoding.get("explode").asBoolean() : style.equals("form");
            boolean allowReserved = encoding.path("allowReserved").asBoolean(false);
            JsonNode item = property.getValue();
            if (style.equals("deepObject") || item.isObject() && explode) {
                List<Map.Entry<String, String>> fields = style.equals("deepObject")
                        ? BracketNotation.flatten(property.getKey(), item)
                        : flattenOneLevel(item);
                fields.forEach(field -> pairs.add(rfc3986(field.getKey(), false) + "=" + rfc3986(field.getValue(), allowReserved)));
            } else if (item.isArray() && explode) {
                item.forEach(element -> pairs.add(rfc3986(property.getKey(), false) + "="
                        + rfc3986(plain(element), allowReserved)));
            } else if (!item.isNull()) {
                String delimiter = style.equals("spaceDelimited") ? " " : style.equals("pipeDelimited") ? "|" : ",";
                pairs.add(rfc3986(property.getKey(), false) + "=" + rfc3986(joined(item, delimiter), allowReserved));
            }
        });
        return String.join("&", pairs);
    }

    private List<Body.Part> parts(MediaType media, JsonNode value) {
        ObjectNode schema = schemas.effective(media.schema());
        List<Body.Part> parts = new ArrayList<>();
        value.fields().forEachRemaining(property -> {
            String name = property.getKey();
            JsonNode encoding = media.encodingOf(name);
            ObjectNode propertySchema = schemas.effective(schema.path("properties").path(name));
            if (encoding.path("style").asText("").equals("deepObject")) {
                BracketNotation.flatten(name, property.getValue()).forEach(field -> parts.add(Body.Part.text(field.getKey(),
                        field.getValue())));
            } else if (property.getValue().isArray() && !isBinary(propertySchema)) {
                ObjectNode itemSchema = schemas.effective(propertySchema.path("items"));
                property.getValue().forEach(item -> parts.add(part(name, item, itemSchema, encoding)));
            } else if (!property.getValue().isNull() || isJsonPart(propertySchema, encoding)) {
                parts.add(part(name, property.getValue(), propertySchema, encoding));
            }
        });
        return parts;
    }

    /**
     * Whether the property travels as a JSON part: an object or array (OAS 3.0.3 §4.7.15: such a part is
     * application/json by default), or one its encoding declares JSON. Its null is then the JSON {@code null}.
     */
    public boolean isJsonPart(ObjectNode schema, JsonNode encoding) {
        if (encoding.has("style")) {
            // A style (deepObject) writes the object as fields of its own, never as one JSON part.
            return false;
        }
        String declared = firstContentType(encoding);
        return declared != null ? MediaType.isJson(MediaType.essence(declared))
                : !isBinary(schema) && (schemas.types(schema).contains("object") || schemas.types(schema).contains("array"));
    }

    private Body.Part part(String name, JsonNode value, ObjectNode schema, JsonNode encoding) {
        String declared = firstContentType(encoding);
        if (isBinary(schema)) {
            String type = declared != null ? declared : "application/octet-stream";
            return new Body.Part(name, type, name + extension(type), bytes(value));
        }
        if (value.isContainerNode() || value.isNull()) {
            return new Body.Part(name, declared != null ? declared : "application/json", null,
                    value.toString().getBytes(StandardCharsets.UTF_8));
        }
        return new Body.Part(name, declared != null ? declared : "text/plain; charset=UTF-8", null,
                plain(value).getBytes(StandardCharsets.UTF_8));
    }

    /** The first concrete type of an encoding's {@code contentType} list ({@code image/*} counts as {@code image/png}). */
    private static String firstContentType(JsonNode encoding) {
        if (!encoding.hasNonNull("contentType")) {
            return null;
        }
        String first = encoding.get("contentType").asText().split(",")[0].trim();
        if (first.equals("*/*") || first.isEmpty()) {
            return "application/octet-stream";
        }
        return first.endsWith("/*") ? first.substring(0, first.length() - 1) + (first.startsWith("image/") ? "png" : "plain")
                : first;
    }

    private boolean isBinary(ObjectNode schema) {
        String format = schema.path("format").asText("");
        Set<String> types = schemas.types(schema);
        return types.contains("string") && (format.equals("binary") || format.equals("byte"))
                || schema.has("contentMediaType") || schema.has("contentEncoding");
    }

    private static String extension(String contentType) {
        return switch (contentType) {
            case "image/png" -> ".png";
            case "image/jpeg" -> ".jpg";
            case "application/pdf" -> ".pdf";
            case "text/plain" -> ".txt";
            default -> ".bin";
        };
    }

    /** The bytes a value stands for: binary content where it is a sample, its base64 decoded, else its text. */
    static byte[] bytes(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode() || value.asText().equals("sample")) {
            return BINARY.clone();
        }
        String text = value.isTextual() ? value.asText() : value.toString();
        try {
            if (text.length() % 4 == 0 && text.matches("[A-Za-z0-9+/]+=*")) {
                return Base64.getDecoder().decode(text);
            }
        } catch (IllegalArgumentException notBase64) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static List<Map.Entry<String, String>> flattenOneLevel(JsonNode object) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        object.fields().forEachRemaining(field -> fields.add(Map.entry(field.getKey(), plain(field.getValue()))));
        return fields;
    }

    private static String joined(JsonNode value, String delimiter) {
        if (!value.isContainerNode()) {
            return plain(value);
        }
        List<String> items = new ArrayList<>();
        if (value.isArray()) {
            value.forEach(item -> items.add(plain(item)));
        } else {
            value.fields().forEachRemaining(field -> {
                items.add(field.getKey());
                items.add(plain(field.getValue()));
            });
        }
        return String.join(delimiter, items);
    }
}
