package org.contractfirst.spec.breaking.rules;

import org.contractfirst.spec.breaking.ChangeRule;
import org.contractfirst.spec.breaking.Changes;
import org.contractfirst.spec.breaking.Kind;
import org.contractfirst.spec.breaking.Node;
import org.contractfirst.spec.breaking.Operation;
import org.contractfirst.spec.breaking.Pair;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The security requirement in force for an operation: a list of alternatives, each a set of schemes with the scopes
 * it needs (none, or an empty alternative, means no credentials). A client that met an old alternative must meet a
 * new one with the same credentials: else a scheme or scopes were added, and the client is refused. A new
 * alternative, a dropped scheme or fewer scopes refuse nobody. A scheme renamed with the same definition is the
 * same scheme.
 */
public final class SecurityRequirements implements ChangeRule.OfOperation {

    private static final Kind REQUIREMENT_ADDED = Kind.breaking("security-requirement-added");
    private static final Kind SCOPE_ADDED = Kind.breaking("security-scope-added");
    private static final Kind RELAXED = Kind.compatible("security-requirement-relaxed");
    private static final Kind SCOPE_REMOVED = Kind.compatible("security-scope-removed");

    @Override
    public List<Kind> kinds() {
        return List.of(REQUIREMENT_ADDED, SCOPE_ADDED, RELAXED, SCOPE_REMOVED);
    }

    @Override
    public void judge(Pair<Operation> operations, Changes changes) {
        Node beforeAt = operations.before().security();
        Node afterAt = operations.after().security();
        List<Map<String, Set<String>>> old = alternatives(beforeAt, Map.of());
        List<Map<String, Set<String>>> now = alternatives(afterAt, renames(operations));
        String where = operations.where() + " security";
        boolean refused = false;
        for (Map<String, Set<String>> client : old) {
            if (now.stream().anyMatch(needs -> suffices(client, needs))) {
                continue;
            }
            refused = true;
            Map<String, Set<String>> sameSchemes = now.stream().filter(needs -> needs.keySet().equals(client.keySet()))
                    .findFirst().orElse(null);
            if (sameSchemes != null) {
                changes.report(SCOPE_ADDED, where, beforeAt, afterAt, describe(client) + " now needs "
                        + describe(sameSchemes) + "; clients with the old scopes are refused");
            } else {
                changes.report(REQUIREMENT_ADDED, where, beforeAt, afterAt, describe(client) + " is no longer enough ("
                        + now.stream().map(SecurityRequirements::describe).collect(Collectors.joining(" or "))
                        + " is needed); clients that send only it are refused");
            }
        }
        if (refused) {
            return;
        }
        for (Map<String, Set<String>> needs : now) {
            if (old.contains(needs)) {
                continue;
            }
            boolean fewerScopes = old.stream().anyMatch(client -> client.keySet().equals(needs.keySet()));
            changes.report(fewerScopes ? SCOPE_REMOVED : RELAXED, where, beforeAt, afterAt,
                    describe(needs) + " is now enough");
        }
    }

    /** Whether a client that meets {@code client} meets {@code needs}: no more schemes, no more scopes of each. */
    private static boolean suffices(Map<String, Set<String>> client, Map<String, Set<String>> needs) {
        return needs.entrySet().stream().allMatch(need -> client.containsKey(need.getKey())
                && client.get(need.getKey()).containsAll(need.getValue()));
    }

    private static List<Map<String, Set<String>>> alternatives(Node security, Map<String, String> renames) {
        List<Map<String, Set<String>>> alternatives = new ArrayList<>();
        for (Node alternative : security.items()) {
            Map<String, Set<String>> schemes = new LinkedHashMap<>();
            alternative.fields().forEach((scheme, scopes) -> schemes.put(renames.getOrDefault(scheme, scheme),
                    scopes.items().stream().map(scope -> scope.value().asText())
                            .collect(Collectors.toCollection(LinkedHashSet::new))));
            alternatives.add(schemes);
        }
        if (alternatives.isEmpty()) {
            alternatives.add(Map.of());
        }
        return alternatives;
    }

    /** New scheme names whose definition an old scheme of another name has, mapped to that old name. */
    private static Map<String, String> renames(Pair<Operation> operations) {
        Map<String, Node> old = schemes(operations.before().document());
        Map<String, Node> now = schemes(operations.after().document());
        Map<String, String> renames = new LinkedHashMap<>();
        now.forEach((name, scheme) -> {
            if (!old.containsKey(name)) {
                old.entrySet().stream().filter(entry -> !now.containsKey(entry.getKey())
                                && SecuritySchemeDefinitions.definition(entry.getValue())
                                .equals(SecuritySchemeDefinitions.definition(scheme)))
                        .findFirst().ifPresent(entry -> renames.put(name, entry.getKey()));
            }
        });
        return renames;
    }

    private static Map<String, Node> schemes(Node document) {
        Map<String, Node> schemes = new LinkedHashMap<>();
        document.get("components").get("securitySchemes").fields()
                .forEach((name, scheme) -> schemes.put(name, scheme.resolved()));
        return schemes;
    }

    private static String describe(Map<String, Set<String>> alternative) {
        if (alternative.isEmpty()) {
            return "no credentials";
        }
        return alternative.entrySet().stream().map(scheme -> "`" + scheme.getKey() + "`"
                        + (scheme.getValue().isEmpty() ? "" : " (" + String.join(", ", scheme.getValue()) + ")"))
                .collect(Collectors.joining(" and "));
    }
}
