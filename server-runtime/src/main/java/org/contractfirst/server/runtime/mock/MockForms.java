package org.contractfirst.server.runtime.mock;

import org.contractfirst.server.runtime.gate.FormBodies;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.contractfirst.form.BracketNotation;
import org.contractfirst.values.Schemas;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jvnet.mimepull.MIMEMessage;
import org.jvnet.mimepull.MIMEPart;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A form body ({@code application/x-www-form-urlencoded} or {@code multipart/form-data}) as the JSON object a mock
 * stores: fields in bracket notation nested, a repeated field an array, and each top-level field typed as its schema
 * says (a number, a boolean, an array of them), so that what a form writes reads back as the JSON the answers carry.
 */
public final class MockForms {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();

    private MockForms() {
    }

    /** The form as JSON; empty where a field name is not in bracket notation. */
    static Optional<JsonNode> read(String form, Schemas schemas, JsonNode schema) {
        ObjectNode tree = NODES.objectNode();
        try {
            for (Map.Entry<String, List<String>> field : FormBodies.fields(form).entrySet()) {
                for (String value : field.getValue()) {
                    BracketNotation.put(tree, BracketNotation.path(field.getKey()), NODES.textNode(value));
                }
            }
        } catch (IllegalArgumentException unreadable) {
            return Optional.empty();
        }
        return Optional.of(typed(schemas, schema, tree));
    }

    /**
     * A multipart body's fields as JSON, as the form's: a part of a JSON type read as JSON, any other as text; a file
     * (a part with a filename) is not kept. Empty where the body cannot be read.
     */
    static Optional<JsonNode> readMultipart(byte[] body, String boundary, Schemas schemas, JsonNode schema) {
        ObjectNode tree = NODES.objectNode();
        try (MIMEMessage message = new MIMEMessage(new ByteArrayInputStream(body), boundary)) {
            for (MIMEPart part : message.getAttachments()) {
                String disposition = String.join(";", part.getHeader("Content-Disposition") == null ? List.of()
                        : part.getHeader("Content-Disposition"));
                Optional<String> name = parameter(disposition, "name");
                byte[] content;
                try (var in = part.readOnce()) {
                    content = in.readAllBytes();
                }
                if (name.isEmpty() || parameter(disposition, "filename").isPresent()) {
                    continue;
                }
                String text = new String(content, StandardCharsets.UTF_8);
                String type = part.getContentType() == null ? "" : part.getContentType().toLowerCase(Locale.ROOT);
                BracketNotation.put(tree, BracketNotation.path(name.get()),
                        MockResources.isJson(type) && !type.isEmpty() ? JSON.readTree(text) : NODES.textNode(text));
            }
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
        return Optional.of(typed(schemas, schema, tree));
    }

    private static final Map<String, Pattern> DISPOSITION_PARAMETERS = Map.of("name", dispositionParameter("name"),
            "filename", dispositionParameter("filename"));

    private static Pattern dispositionParameter(String name) {
        return Pattern.compile("(?i)(?:^|;)\\s*" + name + "=\"?([^\";]*)\"?");
    }

    private static Optional<String> parameter(String disposition, String name) {
        Matcher matcher = DISPOSITION_PARAMETERS.get(name).matcher(disposition);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /**
     * The value typed as its schema says, all the way down: an array where the schema wants one (from a field
     * repeated, or indexed {@code a[0]}, {@code a[1]}), a number or a boolean from its text.
     */
    private static JsonNode typed(Schemas schemas, JsonNode schema, JsonNode value) {
        ObjectNode effective = schemas.effective(schema);
        var types = schemas.types(effective);
        // A field that may be text stays the text it was sent as; only one that may not is read as another type.
        boolean text = types.contains("string");
        if (types.contains("array") && !text) {
            ArrayNode items = NODES.arrayNode();
            members(value).forEach(item -> items.add(typed(schemas, effective.path("items"), item)));
            return items;
        }
        if (value.isObject()) {
            ObjectNode typed = NODES.objectNode();
            JsonNode properties = effective.path("properties");
            value.fields().forEachRemaining(field -> typed.set(field.getKey(),
                    typed(schemas, properties.path(field.getKey()), field.getValue())));
            return typed;
        }
        if (!value.isTextual() || text) {
            return value;
        }
        String sent = value.asText();
        if ((types.contains("integer") || types.contains("number")) && sent.matches("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?")) {
            return NODES.numberNode(new BigDecimal(sent));
        }
        if (types.contains("boolean") && (sent.equals("true") || sent.equals("false"))) {
            return NODES.booleanNode(Boolean.parseBoolean(sent));
        }
        return value;
    }

    /** The members of what a form sent for an array: its repeats, its indexed members in order, or the one value. */
    private static List<JsonNode> members(JsonNode value) {
        if (value.isArray()) {
            List<JsonNode> members = new ArrayList<>();
            value.forEach(members::add);
            return members;
        }
        if (value.isObject() && !value.isEmpty()) {
            TreeMap<Integer, JsonNode> indexed = new TreeMap<>();
            value.fields().forEachRemaining(field -> {
                if (field.getKey().matches("\\d{1,6}")) {
                    indexed.put(Integer.parseInt(field.getKey()), field.getValue());
                }
            });
            if (indexed.size() == value.size()) {
                return new ArrayList<>(indexed.values());
            }
        }
        return List.of(value);
    }

}
