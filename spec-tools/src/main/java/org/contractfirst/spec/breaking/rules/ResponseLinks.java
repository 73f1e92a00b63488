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
 * A response's {@code links}: how a client goes from this answer to the next call (which operation, with which
 * values of the answer). One removed, or pointing at another operation or taking other values, breaks the clients
 * that follow it; a new one breaks none.
 */
public final class ResponseLinks implements ChangeRule.OfResponse {

    private static final Kind REMOVED = Kind.breaking("response-link-removed");
    private static final Kind ADDED = Kind.compatible("response-link-added");

    @Override
    public List<Kind> kinds() {
        return List.of(REMOVED, ADDED);
    }

    @Override
    public void judge(Pair<Node> responses, Changes changes) {
        Map<String, Node> old = links(responses.before());
        Map<String, Node> now = links(responses.after());
        old.forEach((name, link) -> {
            Node kept = now.get(name);
            if (kept == null) {
                changes.report(REMOVED, responses.where() + " link `" + name + "`", link, responses.after(),
                        "the link was removed; clients that follow it no longer find the next call");
            } else {
                String before = target(link);
                String after = target(kept);
                if (!before.equals(after)) {
                    changes.report(REMOVED, responses.where() + " link `" + name + "`", link, kept, "the link now leads "
                            + after + ", not " + before + "; clients that follow it make another call");
                }
            }
        });
        now.forEach((name, link) -> {
            if (!old.containsKey(name)) {
                changes.report(ADDED, responses.where() + " link `" + name + "`", responses.before(), link, "a new link");
            }
        });
    }

    private static Map<String, Node> links(Node response) {
        Map<String, Node> links = new TreeMap<>();
        response.get("links").fields().forEach((name, link) -> links.put(name, link.resolved()));
        return links;
    }

    /** Where a link leads and with what: its operation, its parameters and its request body, as written. */
    private static String target(Node link) {
        String operation = link.text("operationId") != null ? "to " + link.text("operationId")
                : "to " + link.text("operationRef");
        return operation + " with " + link.get("parameters").value() + (link.has("requestBody")
                ? " and body " + link.get("requestBody").value() : "");
    }
}
