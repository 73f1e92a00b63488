package org.contractfirst.server.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Each operation's security requirements as its spec states them: a list of alternatives, each a map from scheme to
 * the scopes that scheme's credential must all carry. Read from the spec on the classpath, so that the server
 * enforces exactly what the contract says. The spec is read as plain YAML, not through an OpenAPI parser: only
 * {@code security} and {@code operationId} matter here, and a parser would add a third of a second to startup.
 */
public final class SecurityRequirements {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    private final Map<String, List<Map<String, Set<String>>>> byOperation = new HashMap<>();

    private SecurityRequirements(JsonNode spec) {
        JsonNode global = spec.path("security");
        spec.path("paths").forEach(path -> path.fields().forEachRemaining(entry -> {
            if (METHODS.contains(entry.getKey())) {
                JsonNode operation = entry.getValue();
                byOperation.put(operation.path("operationId").asText(),
                        alternatives(operation.has("security") ? operation.get("security") : global));
            }
        }));
    }

    /** The requirements of the spec at {@code resource} on the classpath, such as {@code specs/circuit.yaml}. */
    public static SecurityRequirements of(String resource) {
        try (InputStream in = SecurityRequirements.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no spec " + resource + " on the classpath");
            }
            return new SecurityRequirements(YAML.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Map<String, Set<String>>> alternatives(JsonNode requirements) {
        List<Map<String, Set<String>>> alternatives = new ArrayList<>();
        requirements.forEach(requirement -> {
            Map<String, Set<String>> schemes = new HashMap<>();
            requirement.fields().forEachRemaining(scheme -> {
                Set<String> scopes = new HashSet<>();
                scheme.getValue().forEach(scope -> scopes.add(scope.asText()));
                schemes.put(scheme.getKey(), Set.copyOf(scopes));
            });
            alternatives.add(Map.copyOf(schemes));
        });
        return List.copyOf(alternatives);
    }

    /** Whether a caller authenticated by {@code scheme} meets one of the operation's alternatives. */
    public boolean allows(String operationId, String scheme, Caller caller) {
        return byOperation.getOrDefault(operationId, List.of()).stream()
                .anyMatch(alternative -> alternative.containsKey(scheme)
                        && caller.scopes().containsAll(alternative.get(scheme)));
    }
}
