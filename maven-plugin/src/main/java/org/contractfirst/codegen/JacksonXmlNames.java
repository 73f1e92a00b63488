package org.contractfirst.codegen;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.XML;

import java.util.Map;

/**
 * Gives the Java client's models the XML names of the spec's {@code xml} objects (OpenAPI 3.0.3, XML Object), as
 * Jackson XML annotations the client templates write: a model's root element, a property's element or attribute
 * name and namespace, and an array property's wrapping and item names (the client runtime's {@code XmlItemName} for
 * a wrapped array's items). OpenAPI leaves an array unwrapped unless {@code wrapped} says otherwise, Jackson the
 * other way round. Names follow the rules the suite and the servers read and write XML by: a property's own
 * {@code xml}, else its referenced schema's.
 */
final class JacksonXmlNames {

    private static final String ANNOTATIONS = "@com.fasterxml.jackson.dataformat.xml.annotation.";
    /** Written by templates/client/jackson_annotations.mustache on a property's field, getter and setter alike. */
    private static final String PROPERTY = "x-jackson-xml";

    private JacksonXmlNames() {
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    static void mark(OpenAPI spec) {
        Map<String, Schema> components = spec.getComponents() == null || spec.getComponents().getSchemas() == null
                ? Map.of() : spec.getComponents().getSchemas();
        SchemaWalk.visit(spec, schema -> {
            if (schema.getProperties() == null) {
                return;
            }
            XML root = schema.getXml();
            if (root != null && (root.getName() != null || root.getNamespace() != null)) {
                ExtraAnnotations.add(schema, ExtraAnnotations.CLASS, ANNOTATIONS + "JacksonXmlRootElement(localName = "
                        + ExtraAnnotations.literal(root.getName() == null ? "" : root.getName()) + namespace(root) + ")");
            }
            schema.getProperties().forEach((name, property) -> mark((Schema) property, name, components));
        });
    }

    @SuppressWarnings("rawtypes")
    private static void mark(Schema property, String propertyName, Map<String, Schema> components) {
        Schema resolved = OneSidedRequired.resolve(property, components);
        if (resolved == null) {
            return;
        }
        XML xml = xml(property, resolved);
        String name = xml.getName() != null ? xml.getName() : propertyName;
        if (resolved.getItems() != null) {
            Schema items = resolved.getItems();
            Schema resolvedItems = OneSidedRequired.resolve(items, components);
            String itemName = xml(items, resolvedItems == null ? items : resolvedItems).getName();
            boolean wrapped = Boolean.TRUE.equals(xml.getWrapped());
            ExtraAnnotations.add(property, PROPERTY, ANNOTATIONS + "JacksonXmlElementWrapper(localName = "
                    + ExtraAnnotations.literal(name) + ", useWrapping = " + wrapped + ")");
            if (!wrapped) {
                ExtraAnnotations.add(property, PROPERTY, ANNOTATIONS + "JacksonXmlProperty(localName = "
                        + ExtraAnnotations.literal(itemName != null ? itemName : name) + ")");
            } else if (itemName != null && !itemName.equals(name)) {
                ExtraAnnotations.add(property, PROPERTY, "@org.contractfirst.client.runtime.XmlItemName("
                        + ExtraAnnotations.literal(itemName) + ")");
            }
        } else if (!name.equals(propertyName) || Boolean.TRUE.equals(xml.getAttribute()) || xml.getNamespace() != null) {
            ExtraAnnotations.add(property, PROPERTY, ANNOTATIONS + "JacksonXmlProperty(localName = "
                    + ExtraAnnotations.literal(name) + ", isAttribute = " + Boolean.TRUE.equals(xml.getAttribute())
                    + namespace(xml) + ")");
        }
    }

    @SuppressWarnings("rawtypes")
    private static XML xml(Schema own, Schema resolved) {
        return own.getXml() != null ? own.getXml() : resolved.getXml() != null ? resolved.getXml() : new XML();
    }

    private static String namespace(XML xml) {
        return xml.getNamespace() == null ? "" : ", namespace = " + ExtraAnnotations.literal(xml.getNamespace());
    }
}
