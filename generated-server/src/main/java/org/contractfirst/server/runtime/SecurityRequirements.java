package org.contractfirst.server.runtime;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Each operation's security requirements as its spec states them: a list of alternatives, each a map from scheme to
 * the scopes that scheme's credential must all carry. Read from the spec on the classpath, so that the server
 * enforces exactly what the contract says.
 */
public final class SecurityRequirements {

    private final Map<String, List<Map<String, Set<String>>>> byOperation = new HashMap<>();

    private SecurityRequirements(OpenAPI api) {
        List<SecurityRequirement> global = api.getSecurity() == null ? List.of() : api.getSecurity();
        api.getPaths().values().forEach(path -> path.readOperations().forEach(operation ->
                byOperation.put(operation.getOperationId(), alternatives(operation, global))));
    }

    /** The requirements of the spec at {@code resource} on the classpath, such as {@code specs/circuit.yaml}. */
    public static SecurityRequirements of(String resource) {
        try (InputStream in = SecurityRequirements.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no spec " + resource + " on the classpath");
            }
            ParseOptions options = new ParseOptions();
            options.setResolve(true);
            OpenAPI api = new OpenAPIV3Parser().readContents(new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    null, options).getOpenAPI();
            return new SecurityRequirements(api);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Map<String, Set<String>>> alternatives(Operation operation, List<SecurityRequirement> global) {
        List<SecurityRequirement> requirements = operation.getSecurity() != null ? operation.getSecurity() : global;
        return requirements.stream().map(requirement -> {
            Map<String, Set<String>> schemes = new HashMap<>();
            requirement.forEach((scheme, scopes) -> schemes.put(scheme, Set.copyOf(scopes)));
            return schemes;
        }).toList();
    }

    /** Whether a caller authenticated by {@code scheme} meets one of the operation's alternatives. */
    public boolean allows(String operationId, String scheme, Caller caller) {
        return byOperation.getOrDefault(operationId, List.of()).stream()
                .anyMatch(alternative -> alternative.containsKey(scheme)
                        && caller.scopes().containsAll(alternative.get(scheme)));
    }
}
