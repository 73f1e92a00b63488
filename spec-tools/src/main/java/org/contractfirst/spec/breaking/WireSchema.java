package org.contractfirst.spec.breaking;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A schema as the wire sees it: {@code $ref}s followed (a renamed component with the same content is the same
 * schema), {@code allOf} merged into one, {@code nullable: true} and a {@code "null"} in a 3.1 type array read
 * alike, {@code const} read as an enum of one value, and {@code oneOf}/{@code anyOf} as a list of alternatives.
 */
public final class WireSchema {

    private static final Set<String> COMPOSITIONS = Set.of("oneOf", "anyOf");
    private static final Set<String> DOCUMENTATION = Set.of("description", "title", "example", "examples",
            "externalDocs", "$comment");

    private final Node node;
    private final String name;
    private final List<Node> parts;
    private final boolean expanded;
    /** The keywords that describe a schema without restricting its values: its documentation, and these. */
    private static final Set<String> ANNOTATIONS = Stream.concat(DOCUMENTATION.stream(),
            Stream.of("default", "deprecated", "readOnly", "writeOnly")).collect(Collectors.toUnmodifiableSet());

    private final boolean nullBranch;
    /** Read once: the rules ask for the properties at every property they judge. */
    private Map<String, Node> properties;

    private WireSchema(Node node, String name, List<Node> parts, boolean expanded, boolean nullBranch) {
        this.node = node;
        this.name = name;
        this.parts = parts;
        this.expanded = expanded;
        this.nullBranch = nullBranch;
    }

    /**
     * The schema written at {@code schema}, which may be missing (any value). A {@code oneOf}/{@code anyOf} branch
     * that allows only {@code null} is the schema's nullability, as {@code nullable: true} and {@code "null"} among
     * the types are: with one other branch, the schema is that branch, nullable.
     */
    public static WireSchema of(Node schema) {
        List<Node> parts = new ArrayList<>();
        flatten(schema, parts, new HashSet<>());
        String name = schema.refName() != null ? schema.refName() : schema.resolved().refName();
        Optional<Node> base = composition(parts);
        if (base.isEmpty()) {
            return new WireSchema(schema, name, parts, false, false);
        }
        List<Node> branches = branches(base.get());
        List<Node> values = branches.stream().filter(branch -> !onlyNull(branch)).toList();
        boolean nullBranch = values.size() < branches.size() || branches.stream().anyMatch(WireSchema::anyValue);
        if (nullBranch && values.size() == 1) {
            return new WireSchema(schema, name, with(parts, values.get(0)), true, true);
        }
        return new WireSchema(schema, name, parts, false, nullBranch);
    }

    /** The part that offers alternatives ({@code oneOf} or {@code anyOf}), if one does. */
    private static Optional<Node> composition(List<Node> parts) {
        return parts.stream().filter(part -> COMPOSITIONS.stream().anyMatch(part::has)).findFirst();
    }

    private static List<Node> branches(Node base) {
        return (base.has("oneOf") ? base.get("oneOf") : base.get("anyOf")).items();
    }

    /** The parts with a branch's own merged in: one alternative as a whole. */
    private static List<Node> with(List<Node> parts, Node branch) {
        List<Node> merged = new ArrayList<>(parts);
        flatten(branch, merged, new HashSet<>());
        return merged;
    }

    /** Whether a branch allows every value, {@code null} among them: it names no keyword beyond annotations. */
    private static boolean anyValue(Node branch) {
        JsonNode value = branch.resolved().value();
        for (String keyword : (Iterable<String>) value::fieldNames) {
            if (!ANNOTATIONS.contains(keyword) && !keyword.startsWith("x-")) {
                return false;
            }
        }
        return value.isObject();
    }

    /** Whether a branch allows {@code null} and nothing else: {@code type: 'null'}, {@code enum: [null]}, {@code const: null}. */
    private static boolean onlyNull(Node branch) {
        JsonNode value = branch.resolved().value();
        JsonNode type = value.path("type");
        boolean nullType = type.isTextual() && type.asText().equals("null")
                || type.isArray() && type.size() == 1 && type.get(0).asText().equals("null");
        boolean nullEnum = value.path("enum").isArray() && value.get("enum").size() == 1 && value.get("enum").get(0).isNull();
        boolean nullConst = value.has("const") && value.get("const").isNull();
        return nullType || nullEnum || nullConst;
    }

    private static void flatten(Node schema, List<Node> parts, Set<String> seen) {
        Node resolved = schema.resolved();
        if (!resolved.value().isObject() || !seen.add(resolved.source().name() + "#" + resolved.pointer())) {
            return;
        }
        parts.add(resolved);
        resolved.get("allOf").items().forEach(branch -> flatten(branch, parts, seen));
    }

    /** Where the schema is written (the {@code $ref} when it is one), for locations. */
    public Node node() {
        return node;
    }

    /** The component name it was reached through, or null for an inline schema. */
    public String name() {
        return name;
    }

    /** Whether it offers alternatives ({@code oneOf} or {@code anyOf}) that {@link #alternatives()} spells out. */
    public boolean composed() {
        return !expanded && composition(parts).isPresent();
    }

    /**
     * The values it accepts, as alternatives: each {@code oneOf}/{@code anyOf} branch merged with what the schema says
     * beside it; the schema itself when it has no branches.
     */
    public List<WireSchema> alternatives() {
        if (!composed()) {
            return List.of(this);
        }
        List<WireSchema> alternatives = new ArrayList<>();
        for (Node branch : branches(composition(parts).orElseThrow())) {
            if (!onlyNull(branch)) {
                alternatives.add(new WireSchema(branch, branch.refName(), with(parts, branch), true, nullBranch));
            }
        }
        return alternatives;
    }

    /** The schemas it is made of, resolved: itself and its {@code allOf} branches, to any depth. */
    public List<Node> parts() {
        return parts;
    }

    /** The node where {@code keyword} is written, or, when no part has it, the schema itself (the target of a $ref). */
    public Node where(String keyword) {
        return parts.stream().filter(part -> part.has(keyword)).map(part -> part.get(keyword)).findFirst()
                .orElse(parts.isEmpty() ? node : parts.get(0));
    }

    public boolean has(String keyword) {
        return parts.stream().anyMatch(part -> part.has(keyword));
    }

    /** The first written value of a scalar keyword, or null. */
    public String text(String keyword) {
        return parts.stream().map(part -> part.text(keyword)).filter(value -> value != null).findFirst().orElse(null);
    }

    /** Whether any part sets the boolean keyword. */
    public boolean flag(String keyword) {
        return parts.stream().anyMatch(part -> part.flag(keyword));
    }

    /** Every written numeric value of {@code keyword}. */
    public List<BigDecimal> numbers(String keyword) {
        return parts.stream().map(part -> part.value().get(keyword)).filter(value -> value != null && value.isNumber())
                .map(JsonNode::decimalValue).toList();
    }

    /**
     * The JSON types it accepts, {@code null} aside, with {@code allOf} narrowing them; empty for any type. A schema
     * that leaves out {@code type} but has properties or items is an object or an array, as readers take it.
     */
    public Set<String> types() {
        Set<String> types = null;
        for (Node part : parts) {
            JsonNode type = part.value().get("type");
            if (type == null) {
                continue;
            }
            Set<String> declared = new LinkedHashSet<>();
            if (type.isArray()) {
                type.forEach(item -> declared.add(item.asText()));
            } else {
                declared.add(type.asText());
            }
            declared.remove("null");
            if (types == null) {
                types = declared;
            } else {
                types.retainAll(declared);
            }
        }
        if (types != null) {
            return types;
        }
        if (has("properties") || has("additionalProperties") || has("required")) {
            return Set.of("object");
        }
        return has("items") ? Set.of("array") : Set.of();
    }

    /**
     * Whether {@code null} is a value: {@code nullable: true} (3.0), {@code "null"} among the types (3.1), or a
     * {@code oneOf}/{@code anyOf} branch of {@code null} alone.
     */
    public boolean nullable() {
        return nullBranch || parts.stream().anyMatch(part -> part.flag("nullable") || part.value().path("type").isArray()
                && part.value().get("type").toString().contains("\"null\"") || "null".equals(part.text("type")));
    }

    /** The values an {@code enum} or {@code const} allows, {@code null} aside; null when any value is allowed. */
    public Set<JsonNode> enumValues() {
        Set<JsonNode> values = null;
        for (Node part : parts) {
            Set<JsonNode> declared = new LinkedHashSet<>();
            if (part.value().has("const")) {
                declared.add(part.value().get("const"));
            } else if (part.value().path("enum").isArray()) {
                part.value().get("enum").forEach(declared::add);
            } else {
                continue;
            }
            declared.removeIf(JsonNode::isNull);
            if (values == null) {
                values = declared;
            } else {
                values.retainAll(declared);
            }
        }
        return values;
    }

    public Node enumNode() {
        return has("const") ? where("const") : where("enum");
    }

    /** The properties of every part, the first definition of a name winning; the nodes are where they are written. */
    public Map<String, Node> properties() {
        if (properties == null) {
            Map<String, Node> written = new LinkedHashMap<>();
            parts.forEach(part -> part.get("properties").fields().forEach(written::putIfAbsent));
            properties = Collections.unmodifiableMap(written);
        }
        return properties;
    }

    public Set<String> required() {
        Set<String> required = new LinkedHashSet<>();
        parts.forEach(part -> part.get("required").items().forEach(name -> required.add(name.value().asText())));
        return required;
    }

    /** Whether a property is on the wire in this direction: clients do not send read-only ones, servers no write-only. */
    public boolean onTheWire(String property, Direction direction) {
        Node schema = properties().get(property);
        if (schema == null) {
            return false;
        }
        WireSchema wire = of(schema);
        return !wire.flag(direction == Direction.REQUEST ? "readOnly" : "writeOnly");
    }

    /** {@code additionalProperties}: false when closed, else the schema the extra values must meet (any when open). */
    public boolean closed() {
        return parts.stream().anyMatch(part -> part.value().path("additionalProperties").isBoolean()
                && !part.value().get("additionalProperties").asBoolean());
    }

    public Node additionalProperties() {
        return parts.stream().filter(part -> part.value().path("additionalProperties").isObject())
                .map(part -> part.get("additionalProperties")).findFirst().orElse(missing("additionalProperties"));
    }

    public Node items() {
        return parts.stream().filter(part -> part.has("items")).map(part -> part.get("items")).findFirst()
                .orElse(missing("items"));
    }

    /** A field of the first part's {@code xml} object that has it, or null. */
    public String xml(String field) {
        return parts.stream().map(part -> part.get("xml").text(field)).filter(value -> value != null).findFirst()
                .orElse(null);
    }

    /** What the schema says, with its documentation left out: equal for two schemas that accept the same values. */
    public List<JsonNode> content() {
        List<JsonNode> content = new ArrayList<>();
        for (Node part : parts) {
            ObjectNode copy = ((ObjectNode) part.value()).deepCopy();
            copy.remove(DOCUMENTATION);
            if (expanded) {
                copy.remove(COMPOSITIONS);
            }
            List<String> extensions = new ArrayList<>();
            copy.fieldNames().forEachRemaining(key -> {
                if (key.startsWith("x-")) {
                    extensions.add(key);
                }
            });
            copy.remove(extensions);
            if (!copy.isEmpty()) {
                content.add(copy);
            }
        }
        return content;
    }

    private Node missing(String keyword) {
        Node first = parts.isEmpty() ? node : parts.get(0);
        return first.get(keyword);
    }
}
