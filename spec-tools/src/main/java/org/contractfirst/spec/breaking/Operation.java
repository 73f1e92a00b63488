package org.contractfirst.spec.breaking;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One operation of a spec, with what it inherits: the path item's parameters and the document's security.
 * Operations of two versions are matched by method and path template, whatever the template's variables are
 * named ({@code /items/{id}} and {@code /items/{itemId}} are one path on the wire).
 */
public record Operation(String method, String path, Node node, Node pathItem, Node document) {

    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "options", "head", "patch",
            "trace");
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]*)}");

    /** The operations of a document, keyed by method and path template with its variables unnamed. */
    public static Map<String, Operation> of(Node document) {
        Map<String, Operation> operations = new LinkedHashMap<>();
        in(document.get("paths"), document).forEach(operation -> operations.put(operation.key(), operation));
        return operations;
    }

    /**
     * The operations of an object of path items, in its order: a document's {@code paths}, its 3.1 {@code webhooks}
     * (keyed by name) or one callback (keyed by expression).
     */
    public static List<Operation> in(Node pathItems, Node document) {
        List<Operation> operations = new ArrayList<>();
        pathItems.fields().forEach((path, written) -> {
            Node item = written.resolved();
            for (String method : METHODS) {
                if (item.has(method)) {
                    operations.add(new Operation(method, path, item.get(method), item, document));
                }
            }
        });
        return operations;
    }

    public String key() {
        return method.toUpperCase(Locale.ROOT) + " " + VARIABLE.matcher(path).replaceAll("{}");
    }

    /** {@code GET /me}, for people. */
    public String label() {
        return method.toUpperCase(Locale.ROOT) + " " + path;
    }

    /**
     * The parameters, the operation's overriding the path item's, resolved, keyed by where they are and their name:
     * a path parameter by its place in the template, a header by its name in lower case (header names ignore case).
     */
    public Map<String, Node> parameters() {
        Map<String, Node> parameters = new LinkedHashMap<>();
        List<Node> written = new ArrayList<>(pathItem.get("parameters").items());
        written.addAll(node.get("parameters").items());
        for (Node parameter : written) {
            Node resolved = parameter.resolved();
            String in = resolved.text("in");
            String name = resolved.text("name");
            if (in != null && name != null) {
                parameters.put(parameterKey(in, name), resolved);
            }
        }
        return parameters;
    }

    private String parameterKey(String in, String name) {
        return switch (in) {
            case "path" -> "path " + variables().indexOf(name);
            case "header" -> "header " + name.toLowerCase(Locale.ROOT);
            default -> in + " " + name;
        };
    }

    private List<String> variables() {
        List<String> names = new ArrayList<>();
        Matcher variable = VARIABLE.matcher(path);
        while (variable.find()) {
            names.add(variable.group(1));
        }
        return names;
    }

    /** The request body, resolved; missing when the operation takes none. */
    public Node requestBody() {
        return node.get("requestBody").resolved();
    }

    /** The responses, resolved, keyed by status code in upper case ({@code 4XX}) or {@code default}. */
    public Map<String, Node> responses() {
        Map<String, Node> responses = new LinkedHashMap<>();
        node.get("responses").fields().forEach((status, response) ->
                responses.put(status.toUpperCase(Locale.ROOT), response.resolved()));
        return responses;
    }

    /** The security requirement in force: the operation's own, else the document's; missing when neither has one. */
    public Node security() {
        return node.has("security") ? node.get("security") : document.get("security");
    }
}
