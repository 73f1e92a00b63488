package org.contractfirst.values.xml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.contractfirst.values.Schemas;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.util.Map;

/**
 * Writes a body value as the XML its schema's {@code xml} objects describe: element and attribute names, wrapped or
 * unwrapped arrays with their items' names, namespaces and prefixes.
 */
public final class XmlWriter {

    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();

    private final Schemas schemas;

    public XmlWriter(Schemas schemas) {
        this.schemas = schemas;
    }

    public String write(JsonNode schema, JsonNode value) {
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter writer = OUTPUT.createXMLStreamWriter(text);
            writer.writeStartDocument("UTF-8", "1.0");
            XmlNames root = XmlNames.of(schemas, schema, XmlNames.rootDefault(schema, "root"));
            ObjectNode effective = schemas.effective(schema);
            if (value.isArray()) {
                String itemName = XmlNames.of(schemas, effective.path("items"), root.name()).name();
                start(writer, root);
                for (JsonNode item : value) {
                    element(writer, effective.path("items"), XmlNames.of(schemas, effective.path("items"), itemName), item);
                }
                writer.writeEndElement();
            } else {
                element(writer, schema, root, value);
            }
            writer.writeEndDocument();
            writer.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write XML", e);
        }
        return text.toString();
    }

    private void element(XMLStreamWriter writer, JsonNode schema, XmlNames names, JsonNode value) throws XMLStreamException {
        ObjectNode effective = schemas.effective(schema);
        if (value.isArray()) {
            JsonNode items = effective.path("items");
            XmlNames itemNames = XmlNames.of(schemas, items, names.wrapped() ? names.name() : names.name());
            if (names.wrapped()) {
                start(writer, names);
            }
            for (JsonNode item : value) {
                element(writer, items, itemNames, item);
            }
            if (names.wrapped()) {
                writer.writeEndElement();
            }
            return;
        }
        start(writer, names);
        if (value.isObject()) {
            for (Map.Entry<String, JsonNode> field : iterable(value)) {
                JsonNode propertySchema = effective.path("properties").path(field.getKey());
                XmlNames property = XmlNames.of(schemas, propertySchema, field.getKey());
                if (property.attribute() && !field.getValue().isContainerNode()) {
                    writer.writeAttribute(property.qualified(), text(field.getValue()));
                }
            }
            for (Map.Entry<String, JsonNode> field : iterable(value)) {
                JsonNode propertySchema = effective.path("properties").path(field.getKey());
                XmlNames property = XmlNames.of(schemas, propertySchema, field.getKey());
                if (!property.attribute() && !field.getValue().isNull()) {
                    element(writer, propertySchema, property, field.getValue());
                }
            }
        } else if (!value.isNull()) {
            writer.writeCharacters(text(value));
        }
        writer.writeEndElement();
    }

    private static void start(XMLStreamWriter writer, XmlNames names) throws XMLStreamException {
        writer.writeStartElement(names.qualified());
        if (!names.namespace().isEmpty()) {
            writer.writeAttribute(names.prefix().isEmpty() ? "xmlns" : "xmlns:" + names.prefix(), names.namespace());
        }
    }

    private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode object) {
        return object::fields;
    }

    /** A scalar as text: a string as itself, a number or boolean as JSON writes it. */
    private static String text(JsonNode value) {
        return value.isTextual() ? value.asText() : value.isContainerNode() ? value.toString() : value.asText();
    }
}
