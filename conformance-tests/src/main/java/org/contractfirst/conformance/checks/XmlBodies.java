package org.contractfirst.conformance.checks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.media.Schema;
import org.contractfirst.conformance.ApiSpec;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads an XML body into the JSON form its schema describes, so that XML is validated against the same schema as
 * JSON: an object's child elements are its fields, an array's child elements its items, and text is read as the
 * field's type. The root element must carry the schema's xml name.
 */
final class XmlBodies {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ApiSpec spec;
    private final DocumentBuilderFactory documents = DocumentBuilderFactory.newInstance();

    XmlBodies(ApiSpec spec) {
        this.spec = spec;
        try {
            documents.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            documents.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    JsonNode read(String xml, Schema<?> schema) {
        Element root;
        try {
            root = documents.newDocumentBuilder().parse(new InputSource(new StringReader(xml))).getDocumentElement();
        } catch (Exception e) {
            throw new IllegalArgumentException("not well-formed XML: " + e.getMessage(), e);
        }
        String expected = elementName(schema);
        if (expected != null && !expected.equals(root.getTagName())) {
            throw new IllegalArgumentException("root element <" + root.getTagName() + ">, not <" + expected + ">");
        }
        return convert(root, schema);
    }

    private String elementName(Schema<?> schema) {
        if (schema.getXml() != null && schema.getXml().getName() != null) {
            return schema.getXml().getName();
        }
        Schema<?> resolved = spec.resolve(schema);
        return resolved != null && resolved.getXml() != null ? resolved.getXml().getName() : null;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private JsonNode convert(Element element, Schema schema) {
        Schema resolved = spec.resolve(schema);
        if (resolved == null) {
            return NODES.textNode(element.getTextContent());
        }
        if ("array".equals(resolved.getType())) {
            ArrayNode items = NODES.arrayNode();
            children(element).forEach(child -> items.add(convert(child, resolved.getItems())));
            return items;
        }
        if (resolved.getProperties() != null) {
            ObjectNode object = NODES.objectNode();
            Map<String, Schema> properties = resolved.getProperties();
            children(element).forEach(child -> object.set(child.getTagName(),
                    convert(child, properties.get(child.getTagName()))));
            return object;
        }
        String text = element.getTextContent();
        String type = resolved.getType() == null ? "string" : resolved.getType();
        try {
            return switch (type) {
                case "integer" -> NODES.numberNode(Long.parseLong(text));
                case "number" -> NODES.numberNode(Double.parseDouble(text));
                case "boolean" -> text.equals("true") || text.equals("false")
                        ? NODES.booleanNode(Boolean.parseBoolean(text)) : NODES.textNode(text);
                default -> NODES.textNode(text);
            };
        } catch (NumberFormatException e) {
            return NODES.textNode(text);
        }
    }

    private static List<Element> children(Element element) {
        List<Element> children = new ArrayList<>();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element childElement) {
                children.add(childElement);
            }
        }
        return children;
    }
}
