package org.contractfirst.values.xml;

import com.fasterxml.jackson.databind.JsonNode;
import org.contractfirst.values.Schemas;

/**
 * What the {@code xml} object of a schema says about its element (OpenAPI 3.0.3 §4.7.26): its name (the xml name,
 * else the property's name, else for a root the name of the schema it references), whether it is an attribute,
 * whether an array is wrapped, and its namespace and prefix.
 */
public record XmlNames(String name, boolean attribute, boolean wrapped, String namespace, String prefix) {

    /** The element of a schema used under {@code defaultName} (a property's name, or a root's). */
    public static XmlNames of(Schemas schemas, JsonNode schema, String defaultName) {
        JsonNode xml = schema.path("xml");
        if (xml.isMissingNode() && schema.has("$ref")) {
            xml = schemas.document().resolve(schema).path("xml");
        }
        if (xml.isMissingNode()) {
            xml = schemas.effective(schema).path("xml");
        }
        return new XmlNames(xml.path("name").asText(defaultName), xml.path("attribute").asBoolean(false),
                xml.path("wrapped").asBoolean(false), xml.path("namespace").asText(""), xml.path("prefix").asText(""));
    }

    /** The default name of a root element: the name of the schema the body references, else {@code fallback}. */
    public static String rootDefault(JsonNode schema, String fallback) {
        String reference = schema.path("$ref").asText("");
        return reference.isEmpty() ? fallback : reference.substring(reference.lastIndexOf('/') + 1);
    }

    public String qualified() {
        return prefix.isEmpty() ? name : prefix + ":" + name;
    }
}
