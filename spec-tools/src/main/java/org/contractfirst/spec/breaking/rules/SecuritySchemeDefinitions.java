package org.contractfirst.spec.breaking.rules;

import org.contractfirst.spec.breaking.ChangeRule;
import org.contractfirst.spec.breaking.Changes;
import org.contractfirst.spec.breaking.Kind;
import org.contractfirst.spec.breaking.Node;
import org.contractfirst.spec.breaking.Pair;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A security scheme of the same name that now takes credentials another way: another type, header, query or cookie
 * name, HTTP scheme, OpenID Connect URL, or OAuth flows and their URLs (where clients authorise, get and refresh
 * their tokens). Clients send what the old one took, and are refused.
 */
public final class SecuritySchemeDefinitions implements ChangeRule.OfDocument {

    private static final Kind CHANGED = Kind.breaking("security-scheme-changed");

    @Override
    public List<Kind> kinds() {
        return List.of(CHANGED);
    }

    @Override
    public void judge(Pair<Node> documents, Changes changes) {
        Node old = documents.before().get("components").get("securitySchemes");
        documents.after().get("components").get("securitySchemes").fields().forEach((name, scheme) -> {
            Node before = old.get(name).resolved();
            Node after = scheme.resolved();
            if (before.exists() && !definition(before).equals(definition(after))) {
                changes.report(CHANGED, "security scheme `" + name + "`", before, after, definition(before)
                        + " became " + definition(after) + "; clients send credentials the old way and are refused");
            }
        });
    }

    /** What a scheme asks of clients, its documentation left out. */
    static String definition(Node scheme) {
        List<String> parts = new ArrayList<>();
        parts.add(scheme.text("type"));
        if (scheme.text("in") != null) {
            parts.add("in " + scheme.text("in"));
        }
        if (scheme.text("name") != null) {
            String name = scheme.text("name");
            parts.add("name " + ("header".equals(scheme.text("in")) ? name.toLowerCase(Locale.ROOT) : name));
        }
        if (scheme.text("scheme") != null) {
            parts.add("scheme " + scheme.text("scheme").toLowerCase(Locale.ROOT));
        }
        if (scheme.text("openIdConnectUrl") != null) {
            parts.add("openIdConnectUrl " + scheme.text("openIdConnectUrl"));
        }
        scheme.get("flows").fields().forEach((flow, urls) -> parts.add(flow + " flow"
                + (urls.text("authorizationUrl") == null ? "" : " " + urls.text("authorizationUrl"))
                + (urls.text("tokenUrl") == null ? "" : " " + urls.text("tokenUrl"))
                + (urls.text("refreshUrl") == null ? "" : " refreshed at " + urls.text("refreshUrl"))));
        return String.join(" ", parts);
    }
}
