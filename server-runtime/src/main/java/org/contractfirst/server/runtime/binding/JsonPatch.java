package org.contractfirst.server.runtime.binding;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A JSON Patch (RFC 6902): its operations applied in order to a copy of the document; the first that cannot be
 * applied (a path that is not there, a {@code test} that does not hold) fails the whole patch, as §5 says.
 */
public final class JsonPatch {

    /** The most operations a patch may hold, and the most values the patched document may: a copy doubles it. */
    static final int MOST_OPERATIONS = 1_000;
    static final int MOST_VALUES = 100_000;

    private JsonPatch() {
    }

    /** Why a patch cannot be applied. */
    public static final class Refused extends IllegalArgumentException {
        Refused(String message) {
            super(message);
        }
    }

    public static JsonNode apply(JsonNode document, JsonNode patch) {
        if (!patch.isArray()) {
            throw new Refused("a JSON Patch is an array of operations");
        }
        if (patch.size() > MOST_OPERATIONS) {
            throw new Refused("a JSON Patch of more than " + MOST_OPERATIONS + " operations");
        }
        JsonNode result = document.deepCopy();
        for (JsonNode operation : patch) {
            String op = operation.path("op").asText("");
            JsonPointer path = pointer(operation, "path");
            switch (op) {
                case "add" -> result = add(result, path, value(operation));
                case "remove" -> result = remove(result, path);
                case "replace" -> result = add(remove(result, path), path, value(operation));
                case "move" -> {
                    JsonPointer from = pointer(operation, "from");
                    JsonNode moved = existing(result, from);
                    result = add(remove(result, from), path, moved);
                }
                case "copy" -> result = add(result, path, existing(result, pointer(operation, "from")).deepCopy());
                case "test" -> {
                    if (!existing(result, path).equals(value(operation))) {
                        throw new Refused("the test of " + path + " does not hold");
                    }
                }
                default -> throw new Refused("no JSON Patch operation \"" + op + "\"");
            }
            if (values(result, 0) > MOST_VALUES) {
                throw new Refused("the patched document would hold more than " + MOST_VALUES + " values");
            }
        }
        return result;
    }

    /** How many values the document holds, counted up to just past the limit. */
    private static int values(JsonNode node, int counted) {
        int total = counted + 1;
        for (JsonNode child : node) {
            if (total > MOST_VALUES) {
                break;
            }
            total = values(child, total);
        }
        return total;
    }

    private static JsonPointer pointer(JsonNode operation, String member) {
        if (!operation.path(member).isTextual()) {
            throw new Refused("a JSON Patch operation needs its \"" + member + "\"");
        }
        try {
            return JsonPointer.compile(operation.get(member).asText());
        } catch (IllegalArgumentException malformed) {
            throw new Refused("\"" + operation.get(member).asText() + "\" is no JSON Pointer");
        }
    }

    private static JsonNode value(JsonNode operation) {
        if (!operation.has("value")) {
            throw new Refused("a JSON Patch " + operation.path("op").asText() + " needs its \"value\"");
        }
        return operation.get("value");
    }

    private static JsonNode existing(JsonNode document, JsonPointer path) {
        JsonNode found = document.at(path);
        if (found.isMissingNode()) {
            throw new Refused(path + " is not in the document");
        }
        return found;
    }

    private static JsonNode add(JsonNode document, JsonPointer path, JsonNode value) {
        if (path.matches()) {
            return value.deepCopy();
        }
        JsonNode parent = existing(document, path.head());
        String last = path.last().getMatchingProperty();
        if (parent instanceof ObjectNode object) {
            object.set(last, value.deepCopy());
        } else if (parent instanceof ArrayNode array) {
            int index = last.equals("-") ? array.size() : index(last, array.size());
            array.insert(index, value.deepCopy());
        } else {
            throw new Refused(path.head() + " holds no object or array");
        }
        return document;
    }

    private static JsonNode remove(JsonNode document, JsonPointer path) {
        existing(document, path);
        if (path.matches()) {
            throw new Refused("the whole document cannot be removed");
        }
        JsonNode parent = document.at(path.head());
        String last = path.last().getMatchingProperty();
        if (parent instanceof ObjectNode object) {
            object.remove(last);
        } else {
            ((ArrayNode) parent).remove(index(last, parent.size() - 1));
        }
        return document;
    }

    private static int index(String text, int largest) {
        if (!text.matches("0|[1-9]\\d{0,8}") || Integer.parseInt(text) > largest) {
            throw new Refused("\"" + text + "\" is no index of the array");
        }
        return Integer.parseInt(text);
    }
}
