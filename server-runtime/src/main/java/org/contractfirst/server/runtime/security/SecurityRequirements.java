package org.contractfirst.server.runtime.security;

import org.contractfirst.server.runtime.spec.ServedSpec;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Each operation's security requirements as its spec states them ({@link ServedSpec}): a list of alternatives, each
 * a map from scheme to the scopes that scheme's credential must all carry.
 */
public final class SecurityRequirements {

    private final Map<String, List<SortedMap<String, Set<String>>>> byOperation = new HashMap<>();

    private SecurityRequirements(Map<String, JsonNode> requirements) {
        requirements.forEach((operationId, list) -> byOperation.put(operationId, alternatives(list)));
    }

    public static SecurityRequirements of(ServedSpec spec) {
        return new SecurityRequirements(spec.securityByOperation());
    }

    private static List<SortedMap<String, Set<String>>> alternatives(JsonNode requirements) {
        List<SortedMap<String, Set<String>>> alternatives = new ArrayList<>();
        requirements.forEach(requirement -> {
            SortedMap<String, Set<String>> schemes = new TreeMap<>();
            requirement.fields().forEachRemaining(scheme -> {
                Set<String> scopes = new HashSet<>();
                scheme.getValue().forEach(scope -> scopes.add(scope.asText()));
                schemes.put(scheme.getKey(), Set.copyOf(scopes));
            });
            alternatives.add(Collections.unmodifiableSortedMap(schemes));
        });
        return List.copyOf(alternatives);
    }

    /** Whether the operation may be called without credentials: one of its alternatives is the empty one, {@code {}}. */
    public boolean allowsAnonymous(String operationId) {
        return byOperation.getOrDefault(operationId, List.of()).stream().anyMatch(Map::isEmpty);
    }

    /**
     * The caller of the first alternative of the operation that {@code callers} (each by the scheme that
     * authenticated it) meet: every scheme the alternative names, each with all its scopes. An alternative that
     * names two schemes is not met by one of them.
     */
    public Optional<Caller> met(String operationId, Map<String, Caller> callers) {
        for (SortedMap<String, Set<String>> alternative : byOperation.getOrDefault(operationId, List.of())) {
            if (!alternative.isEmpty() && alternative.entrySet().stream().allMatch(scheme -> callers.containsKey(scheme.getKey())
                    && callers.get(scheme.getKey()).scopes().containsAll(scheme.getValue()))) {
                return Optional.of(callers.get(alternative.firstKey()));
            }
        }
        return Optional.empty();
    }
}
