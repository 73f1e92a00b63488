package org.contractfirst.spec.breaking.rules;

import org.contractfirst.spec.breaking.ChangeRule;
import org.contractfirst.spec.breaking.Changes;
import org.contractfirst.spec.breaking.Kind;
import org.contractfirst.spec.breaking.Node;
import org.contractfirst.spec.breaking.Pair;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The servers every call goes to: each server's URL with its variables at their defaults, and with each value a
 * variable's {@code enum} offers instead. A base path no server offers any more moves the URL of every operation:
 * clients built on it call paths that are gone. Another host with the same base paths is for information: where a
 * client sends its calls is its configuration.
 */
public final class ServerUrls implements ChangeRule.OfDocument {

    private static final Kind BASE_PATH_CHANGED = Kind.breaking("base-path-changed");
    private static final Kind SERVERS_CHANGED = Kind.informational("servers-changed");

    @Override
    public List<Kind> kinds() {
        return List.of(BASE_PATH_CHANGED, SERVERS_CHANGED);
    }

    @Override
    public void judge(Pair<Node> documents, Changes changes) {
        Node before = servers(documents.before());
        Node after = servers(documents.after());
        Map<String, String> oldUrls = urls(documents.before());
        Map<String, String> newUrls = urls(documents.after());
        List<String> gone = oldUrls.values().stream().distinct().filter(path -> !newUrls.containsValue(path)).toList();
        if (!gone.isEmpty()) {
            changes.report(BASE_PATH_CHANGED, "servers", before, after, "no server has the base path "
                    + String.join(", ", gone.stream().map(path -> "`" + (path.isEmpty() ? "/" : path) + "`").toList())
                    + " any more; every operation's URL moved, and clients that call the old one get 404");
        } else if (!oldUrls.keySet().equals(newUrls.keySet())) {
            changes.report(SERVERS_CHANGED, "servers", before, after, "the server URLs " + oldUrls.keySet()
                    + " became " + newUrls.keySet() + ", with the same base paths");
        }
    }

    /** The {@code servers} element, or the document itself where it names none (the server is then {@code /}). */
    private static Node servers(Node document) {
        return document.get("servers").exists() ? document.get("servers") : document;
    }

    /** Each URL the servers offer, with its base path (no trailing slash). */
    private static Map<String, String> urls(Node document) {
        Map<String, String> urls = new TreeMap<>();
        for (Node server : document.get("servers").items()) {
            String url = server.text("url") == null ? "/" : server.text("url");
            Map<String, Node> variables = server.get("variables").fields();
            add(urls, substitute(url, variables, null, null));
            variables.forEach((name, variable) -> variable.get("enum").items()
                    .forEach(value -> add(urls, substitute(url, variables, name, value.value().asText()))));
        }
        if (urls.isEmpty()) {
            urls.put("/", "");
        }
        return urls;
    }

    /** The URL with its variables at their defaults, but {@code chosen} at {@code value}. */
    private static String substitute(String url, Map<String, Node> variables, String chosen, String value) {
        String substituted = url;
        for (Map.Entry<String, Node> variable : variables.entrySet()) {
            String written = variable.getKey().equals(chosen) ? value : variable.getValue().text("default");
            substituted = substituted.replace("{" + variable.getKey() + "}", written == null ? "" : written);
        }
        return substituted;
    }

    private static void add(Map<String, String> urls, String url) {
        String path = url.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/]*", "");
        urls.put(url, path.endsWith("/") ? path.substring(0, path.length() - 1) : path);
    }
}
