package org.contractfirst.server.runtime.result;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes as XML the answers the spec gives no XML schema for ({@link XmlResponses} writes the others by theirs), such
 * as a refusal of a path no operation has, with the names a schema-less model suggests: a model's element is its schema's xml name,
 * else its name in lowerCamelCase ({@code <user>}); a list response is wrapped in the plural ({@code <users>}); a list
 * field is wrapped by its own name with one element per item, named as the item's model. The body is written from its
 * JSON form, so that XML and JSON carry the same fields, with the model types only naming the elements.
 */
@Produces(MediaType.APPLICATION_XML)
public final class XmlBodies implements MessageBodyWriter<Object> {

    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();

    private final ObjectMapper json;
    /** Each model's property types by name: introspecting a model anew for every field of every answer dominated XML's cost. */
    private final Map<JavaType, Map<String, JavaType>> propertyTypes = new ConcurrentHashMap<>();

    public XmlBodies(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type != String.class;
    }

    @Override
    public void writeTo(Object body, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        JavaType javaType = json.getTypeFactory().constructType(genericType);
        String root = body instanceof Collection<?> ? decapitalized(javaType.getContentType().getRawClass()) + "s"
                : elementName(javaType.getRawClass());
        try {
            XMLStreamWriter writer = OUTPUT.createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
            writer.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
            write(writer, root, json.valueToTree(body), javaType);
            writer.writeEndDocument();
            writer.flush();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write XML", e);
        }
    }

    private void write(XMLStreamWriter writer, String name, JsonNode node, JavaType type) throws XMLStreamException {
        if (node.isNull()) {
            return;
        }
        writer.writeStartElement(name);
        if (node.isArray()) {
            JavaType item = type.getContentType();
            String itemName = item == null ? "item" : elementName(item.getRawClass());
            for (JsonNode value : node) {
                write(writer, itemName, value, item);
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                write(writer, field.getKey(), field.getValue(), propertyType(type, field.getKey()));
            }
        } else {
            writer.writeCharacters(node.asText());
        }
        writer.writeEndElement();
    }

    private JavaType propertyType(JavaType owner, String property) {
        if (owner == null || owner.isMapLikeType()) {
            return owner == null ? null : owner.getContentType();
        }
        return propertyTypes.computeIfAbsent(owner, this::introspect).get(property);
    }

    private Map<String, JavaType> introspect(JavaType owner) {
        Map<String, JavaType> types = new HashMap<>();
        json.getSerializationConfig().introspect(owner).findProperties()
                .forEach(candidate -> types.putIfAbsent(candidate.getName(), candidate.getPrimaryType()));
        return types;
    }

    static String elementName(Class<?> type) {
        JacksonXmlRootElement root = type.getAnnotation(JacksonXmlRootElement.class);
        return root != null && !root.localName().isEmpty() ? root.localName() : decapitalized(type);
    }

    private static String decapitalized(Class<?> type) {
        String name = type.getSimpleName();
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
