package org.contractfirst.spec.breaking.editspace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;

import org.contractfirst.spec.layout.CanonicalLayout;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;

/**
 * What may be added where OpenAPI makes it meaningful: the keywords an element lacks (the bounds its schema's type
 * allows, a flag at the value that is not its default) and one more entry of a list or a map (a property, a status,
 * a media type, an enum value). No value added is a default, which would change nothing.
 */
final class Additions {


    /** The keywords a schema of each type may gain. */
    private static final JsonNode BY_TYPE = CanonicalLayout.readTree("""
            string: {minLength: 1, maxLength: 255, pattern: "^[a-z]+$", format: email, enum: [added]}
            integer: {minimum: 0, maximum: 1000000, multipleOf: 2}
            number: {minimum: 0, maximum: 1000000, multipleOf: 0.5}
            array: {minItems: 1, maxItems: 100, uniqueItems: true}
            object: {minProperties: 1, maxProperties: 100, additionalProperties: false}
            """);

    /** The keywords other elements may gain; a property may be deprecated, and a 3.0 schema made nullable. */
    private static final JsonNode BY_ELEMENT = CanonicalLayout.readTree("""
            PARAMETER: {required: true, deprecated: true}
            HEADER: {required: true, deprecated: true}
            REQUEST_BODY: {required: true}
            OPERATION: {deprecated: true}
            property: {deprecated: true}
            OpenAPI 3.0 schema: {nullable: true}
            """);

    /** The entry each list or map may gain, by the element that has it and its keyword. */
    private static final JsonNode ENTRIES = CanonicalLayout.readTree("""
            DOCUMENT paths: {/added: {get: {responses: {"204": {description: Added}}}}}
            DOCUMENT webhooks: {added: {post: {responses: {"204": {description: Added}}}}}
            DOCUMENT servers: [{url: "https://added.example.com/v1"}]
            DOCUMENT security: [{}]
            PATH_ITEM parameters: [{name: added, in: query, schema: {type: string}}]
            OPERATION parameters: [{name: added, in: query, schema: {type: string}}]
            OPERATION responses: {"418": {description: Added}}
            OPERATION callbacks: {added: {"{$request.body#/callbackUrl}": {post: {responses: {"204": {description: Added}}}}}}
            OPERATION security: [{}]
            REQUEST_BODY content: {text/plain: {schema: {type: string}}}
            RESPONSE content: {text/plain: {schema: {type: string}}}
            RESPONSE headers: {X-Added: {schema: {type: string}}}
            RESPONSE links: {Added: {operationId: added}}
            SCHEMA properties: {added: {type: string}}
            SCHEMA allOf: [{type: object, properties: {added: {type: string}}}]
            SCHEMA oneOf: [{type: boolean}]
            SCHEMA anyOf: [{type: boolean}]
            OTHER scopes: {"added:scope": Added}
            """);

    private static final List<String> TYPES = List.of("string", "integer", "number", "boolean", "array", "object",
            "null");
    /** A bound is not added beside its other spelling, which already bounds the value. */
    private static final Map<String, String> OTHER_SPELLING = Map.of("minimum", "exclusiveMinimum", "maximum",
            "exclusiveMaximum", "enum", "const");

    private Additions() {
    }

    /**
     * The keywords {@code object} gains, one edit each. A reference gains none: in 3.0 the siblings of a
     * {@code $ref} are ignored.
     */
    static List<Edit> keywords(Element element, JsonNode object, Place place, boolean openApi30) {
        List<Edit> edits = new ArrayList<>();
        if (object.has("$ref")) {
            return edits;
        }
        List<JsonNode> tables = new ArrayList<>();
        tables.add(BY_ELEMENT.path(element.name()));
        if (element == Element.SCHEMA) {
            tables.add(BY_TYPE.path(type(object)));
            if (place.segments().size() > 1 && place.parent().last().text().equals("properties")) {
                tables.add(BY_ELEMENT.get("property"));
            }
            if (openApi30 && object.has("type")) {
                tables.add(BY_ELEMENT.get("OpenAPI 3.0 schema"));
            }
        }
        for (JsonNode table : tables) {
            table.fields().forEachRemaining(keyword -> {
                String spelling = OTHER_SPELLING.getOrDefault(keyword.getKey(), keyword.getKey());
                if (!object.has(keyword.getKey()) && !object.has(spelling)) {
                    edits.add(new Edit(Edit.Kind.ADD, place.keyword(keyword.getKey()), keyword.getValue()));
                }
            });
        }
        return edits;
    }

    /** One more entry of the list or map at {@code place}, which {@code owner} (written as {@code ownerNode}) has. */
    static Optional<Edit> entry(Element owner, JsonNode ownerNode, Place place, JsonNode collection) {
        String keyword = place.last().text();
        if (owner == Element.SECURITY_REQUIREMENT) {
            return Optional.of(item(place, collection, TextNode.valueOf("added:scope")));
        }
        if (keyword.equals("enum")) {
            return Optional.of(item(place, collection, newValue(collection)));
        }
        if (owner == Element.SCHEMA && keyword.equals("required")) {
            return notRequired(ownerNode, collection).map(name -> item(place, collection, name));
        }
        if (owner == Element.SCHEMA && keyword.equals("type") && collection.isArray()) {
            return TYPES.stream().filter(type -> !contains(collection, type)).findFirst()
                    .map(type -> item(place, collection, TextNode.valueOf(type)));
        }
        if (keyword.equals("security") && (collection.isEmpty()
                || StreamSupport.stream(collection.spliterator(), false).anyMatch(JsonNode::isEmpty))) {
            // An anonymous alternative beside none, or beside another, opens nothing: calls need no credentials yet.
            return Optional.empty();
        }
        if (keyword.equals("mapping") && collection.size() > 0) {
            // A new value that names an alternative the mapping already names.
            return Optional.of(new Edit(Edit.Kind.ADD, place.name("added"), collection.elements().next()));
        }
        JsonNode entry = ENTRIES.path(owner.name() + " " + keyword);
        if (entry.isArray() && collection.isArray()) {
            return Optional.of(item(place, collection, entry.get(0)));
        }
        if (entry.isObject() && collection.isObject()) {
            String name = entry.fieldNames().next();
            return Optional.of(new Edit(Edit.Kind.ADD, place.name(name), entry.get(name)));
        }
        return Optional.empty();
    }

    private static Edit item(Place place, JsonNode list, JsonNode value) {
        return new Edit(Edit.Kind.ADD, place.index(list.size()), value);
    }

    /** A value an enum does not have yet: one more than its largest number, else a new text. */
    private static JsonNode newValue(JsonNode values) {
        return StreamSupport.stream(values.spliterator(), false).filter(JsonNode::isNumber)
                .map(JsonNode::decimalValue).max(Comparator.naturalOrder())
                .<JsonNode>map(largest -> JsonNodeFactory.instance.numberNode(largest.add(BigDecimal.ONE)))
                .orElse(TextNode.valueOf("added"));
    }

    private static Optional<JsonNode> notRequired(JsonNode schema, JsonNode required) {
        List<String> names = new ArrayList<>();
        schema.path("properties").fieldNames().forEachRemaining(names::add);
        return names.stream().filter(name -> !contains(required, name)).findFirst().map(TextNode::valueOf);
    }

    private static boolean contains(JsonNode list, String text) {
        return StreamSupport.stream(list.spliterator(), false).anyMatch(item -> item.asText().equals(text));
    }

    /** The type of a schema's values, {@code null} aside; empty when it names none. */
    private static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            return StreamSupport.stream(type.spliterator(), false).map(JsonNode::asText)
                    .filter(name -> !name.equals("null")).findFirst().orElse("");
        }
        return type.asText();
    }
}
