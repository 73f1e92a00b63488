package org.contractfirst.values.xml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.contractfirst.values.Schemas;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads an XML body into the JSON value its schema describes, as the schema's {@code xml} objects name it: the root
 * element, properties as child elements or attributes under their xml names, arrays wrapped or not with their items'
 * names. What does not fit those names (a wrong root, an item under another name, a property given twice, elements
 * where a text or number belongs) is an error, so that XML is judged by the same schema as JSON and by its own wire
 * names.
 */
public final class XmlReader {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Schemas schemas;
    private final DocumentBuilderFactory documents = DocumentBuilderFactory.newInstance();

    public XmlReader(Schemas schemas) {
        this.schemas = schemas;
        try {
            documents.setNamespaceAware(true);
            documents.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            documents.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The body as JSON; an {@link IllegalArgumentException} saying what is wrong when it is not of the schema's XML. */
    public JsonNode read(String xml, JsonNode schema) {
        Element root;
        try {
            DocumentBuilder builder = documents.newDocumentBuilder();
            // The parser's own handler also prints each fatal error to standard error; this one only throws it.
            builder.setErrorHandler(new DefaultHandler());
            root = builder.parse(new InputSource(new StringReader(xml))).getDocumentElement();
        } catch (Exception e) {
            throw new IllegalArgumentException("not well-formed XML: " + e.getMessage(), e);
        }
        // OpenAPI names no root element, nor the items of a root array, unless their xml objects do: only those are judged.
        XmlNames names = XmlNames.of(schemas, schema, localName(root));
        if (!names.name().equals(localName(root))) {
            throw new IllegalArgumentException("the root element is <" + root.getTagName() + ">, where the spec names it <" + names.name() + ">");
        }
        expectNamespace(root, names);
        ObjectNode effective = schemas.effective(schema);
        if (schemas.types(effective).contains("array") && !schemas.types(effective).contains("object")) {
            String itemName = XmlNames.of(schemas, effective.path("items"), null).name();
            ArrayNode items = NODES.arrayNode();
            for (Element child : children(root)) {
                if (itemName != null) {
                    expectName(child, itemName);
                }
                items.add(value(child, effective.path("items")));
            }
            return items;
        }
        return value(root, schema);
    }

    private JsonNode value(Element element, JsonNode schema) {
        ObjectNode effective = schemas.effective(schema);
        Set<String> types = schemas.types(effective);
        if (types.contains("object") && (effective.has("properties") || !types.contains("string"))) {
            return object(element, effective);
        }
        if (!children(element).isEmpty() && !types.contains("object") && !types.contains("array")) {
            throw new IllegalArgumentException("<" + element.getTagName() + "> holds elements, where its schema has a "
                    + String.join(" or ", types));
        }
        return scalar(element.getTextContent(), types);
    }

    private ObjectNode object(Element element, ObjectNode schema) {
        ObjectNode object = NODES.objectNode();
        NamedNodeMap attributes = element.getAttributes();
        for (Map.Entry<String, JsonNode> property : iterable(schema.path("properties"))) {
            XmlNames names = XmlNames.of(schemas, property.getValue(), property.getKey());
            ObjectNode propertySchema = schemas.effective(property.getValue());
            Set<String> types = schemas.types(propertySchema);
            if (names.attribute()) {
                for (int i = 0; i < attributes.getLength(); i++) {
                    Attr attribute = (Attr) attributes.item(i);
                    if (names.name().equals(localName(attribute))) {
                        object.set(property.getKey(), scalar(attribute.getValue(), types));
                    }
                }
            } else if (types.contains("array") && !types.contains("object")) {
                array(element, property.getKey(), property.getValue(), names).ifPresent(items -> object.set(property.getKey(), items));
            } else {
                List<Element> named = children(element).stream().filter(child -> names.name().equals(localName(child))).toList();
                if (named.size() > 1) {
                    throw new IllegalArgumentException("<" + element.getTagName() + "> holds " + named.size() + " <"
                            + names.name() + "> elements, where its schema has one " + property.getKey());
                }
                for (Element child : named) {
                    expectNamespace(child, names);
                    object.set(property.getKey(), value(child, property.getValue()));
                }
            }
        }
        for (Element child : children(element)) {
            if (!known(schema, child)) {
                object.set(localName(child), NODES.textNode(child.getTextContent()));
            }
        }
        return object;
    }

    /** An array property: inside its wrapper element when wrapped, else the repeated item elements themselves. */
    private java.util.Optional<ArrayNode> array(Element parent, String property, JsonNode schema, XmlNames names) {
        ObjectNode effective = schemas.effective(schema);
        String itemName = XmlNames.of(schemas, effective.path("items"), names.name()).name();
        ArrayNode items = NODES.arrayNode();
        List<Element> holders = names.wrapped() ? children(parent).stream()
                .filter(child -> names.name().equals(localName(child))).toList() : List.of(parent);
        if (holders.isEmpty()) {
            return java.util.Optional.empty();
        }
        for (Element child : children(holders.get(0))) {
            if (itemName.equals(localName(child))) {
                items.add(value(child, effective.path("items")));
            } else if (names.wrapped()) {
                throw new IllegalArgumentException("<" + names.name() + "> holds <" + child.getTagName() + ">, not <"
                        + itemName + "> items");
            }
        }
        return items.isEmpty() && !names.wrapped() ? java.util.Optional.empty() : java.util.Optional.of(items);
    }

    /** Whether some property of the schema accounts for the child element, as itself, its wrapper or its items. */
    private boolean known(ObjectNode schema, Element child) {
        for (Map.Entry<String, JsonNode> property : iterable(schema.path("properties"))) {
            XmlNames names = XmlNames.of(schemas, property.getValue(), property.getKey());
            ObjectNode propertySchema = schemas.effective(property.getValue());
            String itemName = XmlNames.of(schemas, propertySchema.path("items"), names.name()).name();
            if (names.name().equals(localName(child)) || itemName.equals(localName(child))) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode scalar(String text, Set<String> types) {
        try {
            if (types.contains("integer") && text.matches("-?\\d+")) {
                return NODES.numberNode(new java.math.BigInteger(text));
            }
            if (types.contains("number") && !text.isBlank()) {
                return NODES.numberNode(new java.math.BigDecimal(text.trim()));
            }
        } catch (NumberFormatException notANumber) {
            return NODES.textNode(text);
        }
        if (types.contains("boolean") && (text.equals("true") || text.equals("false"))) {
            return NODES.booleanNode(Boolean.parseBoolean(text));
        }
        return NODES.textNode(text);
    }

    /**
     * The element is in the namespace its xml object gives, where it gives one. Its prefix is not judged: bound to
     * the same namespace, another prefix (or none, by a default namespace) is the same XML.
     */
    private static void expectNamespace(Element element, XmlNames names) {
        if (!names.namespace().isEmpty() && !names.namespace().equals(element.getNamespaceURI())) {
            throw new IllegalArgumentException("<" + element.getTagName() + "> is in the namespace "
                    + element.getNamespaceURI() + ", where the spec puts it in " + names.namespace());
        }
    }

    private static void expectName(Element element, String name) {
        if (!name.equals(localName(element))) {
            throw new IllegalArgumentException("an item element is <" + element.getTagName() + ">, where the spec names it <" + name + ">");
        }
    }

    private static String localName(Node node) {
        return node.getLocalName() != null ? node.getLocalName() : node.getNodeName();
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

    private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode object) {
        return object::fields;
    }
}
