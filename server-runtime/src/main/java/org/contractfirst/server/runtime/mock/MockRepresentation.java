package org.contractfirst.server.runtime.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.contractfirst.values.Schemas;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A stored item as a response shows it: each property it stores that the response's schema declares (any, where the
 * schema declares none), under the schema's name for it ({@link #named}), but no writeOnly one; and each property the
 * schema requires that the item lacks, from the response's example, so that the answer stays valid without inventing
 * what the client did not send.
 */
public final class MockRepresentation {

    private static final Pattern NOT_LETTERS = Pattern.compile("[^a-z0-9]");

    /** As deep as the conformance suite looks for a written field in a read. */
    private static final int NESTING = 6;

    private MockRepresentation() {
    }

    static JsonNode of(Schemas schemas, JsonNode schema, JsonNode template, ObjectNode item) {
        ObjectNode shown = JsonNodeFactory.instance.objectNode();
        fill(schemas, schema, template, item, shown, 0);
        return shown;
    }

    /**
     * Fills {@code shown} as the schema shows the item, and returns the names of the stored properties that went into
     * it. A stored property the schema does not declare, in a read shaped otherwise than the write
     * ({@code {"topic": {"subject": ..}}} for a write of {@code subject}), goes into each object property whose own
     * schema declares it, a few levels down, over what that object stores: the write is the later.
     */
    private static Set<String> fill(Schemas schemas, JsonNode schema, JsonNode template, ObjectNode item,
                                    ObjectNode shown, int depth) {
        ObjectNode effective = schemas.effective(schema);
        JsonNode properties = effective.path("properties");
        Set<String> placed = new HashSet<>();
        ObjectNode unplaced = JsonNodeFactory.instance.objectNode();
        Iterator<Map.Entry<String, JsonNode>> values = item.fields();
        while (values.hasNext()) {
            Map.Entry<String, JsonNode> property = values.next();
            String name = named(properties, property.getKey());
            JsonNode declared = properties.path(name);
            Optional<JsonNode> fitted = properties.isEmpty() ? Optional.of(property.getValue().deepCopy())
                    : declared.isMissingNode() ? Optional.empty() : fitted(schemas, declared, property.getValue());
            if (fitted.isEmpty()) {
                unplaced.set(property.getKey(), property.getValue());
            } else if (!schemas.effective(declared).path("writeOnly").asBoolean(false)) {
                shown.set(name, fitted.get());
                placed.add(property.getKey());
            }
        }
        Iterator<Map.Entry<String, JsonNode>> declared = properties.fields();
        while (depth < NESTING && !unplaced.isEmpty() && declared.hasNext()) {
            Map.Entry<String, JsonNode> property = declared.next();
            if (schemas.effective(property.getValue()).path("properties").isEmpty()
                    || shown.has(property.getKey()) && !shown.get(property.getKey()).isObject()) {
                continue;
            }
            ObjectNode nested = shown.has(property.getKey()) ? (ObjectNode) shown.get(property.getKey()).deepCopy()
                    : JsonNodeFactory.instance.objectNode();
            Set<String> inside = fill(schemas, property.getValue(), template.path(property.getKey()), unplaced, nested, depth + 1);
            if (!inside.isEmpty()) {
                shown.set(property.getKey(), nested);
                placed.addAll(inside);
            }
        }
        for (String required : Schemas.required(effective)) {
            if (!shown.has(required) && template.has(required)) {
                shown.set(required, template.get(required).deepCopy());
            }
        }
        return placed;
    }

    /**
     * The stored value as the declared schema allows it, empty where it does not: of a JSON type (and, where the schema
     * lists them, a value) it allows, its items too, and of an object the members its schema declares, each fitted in
     * turn. A form's text where the read declares objects is not shown in their place, nor the profile's
     * {@code "object": "AccountOwnerProfile"} where the answer's {@code object} is always {@code "ProfileEdited"}.
     */
    private static Optional<JsonNode> fitted(Schemas schemas, JsonNode schema, JsonNode value) {
        ObjectNode effective = schemas.effective(schema);
        var types = schemas.types(effective);
        String type = Schemas.jsonType(value);
        boolean fits = (types.contains(type) || type.equals("integer") && types.contains("number")
                || value.isNull() && schemas.allowsNull(effective))
                && (!effective.path("enum").isArray() || contains(effective.get("enum"), value))
                && (!effective.has("const") || effective.get("const").equals(value));
        if (!fits) {
            return Optional.empty();
        }
        if (value.isArray() && effective.has("items")) {
            ArrayNode items = JsonNodeFactory.instance.arrayNode();
            for (JsonNode item : value) {
                Optional<JsonNode> fittedItem = fitted(schemas, effective.get("items"), item);
                if (fittedItem.isEmpty()) {
                    return Optional.empty();
                }
                items.add(fittedItem.get());
            }
            return Optional.of(items);
        }
        JsonNode properties = effective.path("properties");
        if (!value.isObject() || properties.isEmpty()) {
            return Optional.of(value.deepCopy());
        }
        ObjectNode object = JsonNodeFactory.instance.objectNode();
        value.fields().forEachRemaining(member -> {
            String name = named(properties, member.getKey());
            if (properties.has(name)) {
                fitted(schemas, properties.get(name), member.getValue()).ifPresent(fittedMember -> object.set(name, fittedMember));
            }
        });
        return Optional.of(object);
    }

    private static boolean contains(JsonNode values, JsonNode value) {
        for (JsonNode member : values) {
            if (member.equals(value)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The name the schema's properties give a property: its own, else the one that differs from it only in case and
     * separators ({@code firstname}, {@code first_name} for {@code firstName}), else its own.
     */
    static String named(JsonNode properties, String name) {
        if (properties.has(name)) {
            return name;
        }
        Iterator<String> declared = properties.fieldNames();
        while (declared.hasNext()) {
            String candidate = declared.next();
            if (letters(candidate).equals(letters(name))) {
                return candidate;
            }
        }
        return name;
    }

    /** An object with each member under the name the properties give it; any other value as it is. */
    static JsonNode renamed(JsonNode properties, JsonNode value) {
        if (!value.isObject()) {
            return value;
        }
        ObjectNode renamed = JsonNodeFactory.instance.objectNode();
        value.fields().forEachRemaining(member -> renamed.set(named(properties, member.getKey()), member.getValue()));
        return renamed;
    }

    /** A name without case or separators: {@code first_name}, {@code firstName} and {@code firstname} are one. */
    static String letters(String name) {
        return NOT_LETTERS.matcher(name.toLowerCase(Locale.ROOT)).replaceAll("");
    }
}
