package org.contractfirst.spec.breaking.editspace;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;

/**
 * Whether an edited spec is still a spec: swagger-parser reads it without a message, every reference names an
 * element that is there (a local {@code $ref}, a discriminator's mapping, the schemes of a security requirement),
 * and a server variable's default is among the values its enum offers (3.1 says it must be, 3.0.4 that it should).
 * An edit that breaks this is no change a spec can make, and the gate need not judge it.
 */
final class Validity {

    private Validity() {
    }

    /** Why the spec is not one, or empty when it is. */
    static Optional<String> problem(JsonNode spec) {
        ParseOptions options = new ParseOptions();
        options.setResolve(false);
        SwaggerParseResult result = new OpenAPIV3Parser().parseJsonNode(null, spec.deepCopy(), options);
        if (result.getOpenAPI() == null || result.getMessages() != null && !result.getMessages().isEmpty()) {
            return Optional.of("swagger-parser: " + result.getMessages());
        }
        List<String> dangling = new ArrayList<>();
        references(spec, spec, dangling);
        if (!dangling.isEmpty()) {
            return Optional.of("dangling " + String.join(", ", dangling));
        }
        return defaultsOutsideTheirEnum(spec);
    }

    private static Optional<String> defaultsOutsideTheirEnum(JsonNode spec) {
        for (JsonNode server : spec.path("servers")) {
            for (JsonNode variable : server.path("variables")) {
                JsonNode values = variable.path("enum");
                if (values.isArray() && StreamSupport.stream(values.spliterator(), false)
                        .noneMatch(value -> value.equals(variable.path("default")))) {
                    return Optional.of("the server variable's default " + variable.path("default")
                            + " is not among its enum's values " + values);
                }
            }
        }
        return Optional.empty();
    }

    private static void references(JsonNode node, JsonNode spec, List<String> dangling) {
        if (node.isObject()) {
            if (node.path("$ref").isTextual() && missing(node.get("$ref").asText(), spec)) {
                dangling.add(node.get("$ref").asText());
            }
            node.path("discriminator").path("mapping").forEach(target -> {
                if (missing(target.asText(), spec)) {
                    dangling.add(target.asText());
                }
            });
            if (node.path("security").isArray()) {
                node.get("security").forEach(requirement -> requirement.fieldNames().forEachRemaining(scheme -> {
                    if (!spec.path("components").path("securitySchemes").has(scheme)) {
                        dangling.add("security scheme " + scheme);
                    }
                }));
            }
        }
        node.forEach(child -> references(child, spec, dangling));
    }

    /** Whether a local reference names nothing; a mapping's value may also be a bare schema name. */
    private static boolean missing(String reference, JsonNode spec) {
        return reference.startsWith("#")
                && spec.at(URLDecoder.decode(reference.substring(1), StandardCharsets.UTF_8)).isMissingNode();
    }
}
