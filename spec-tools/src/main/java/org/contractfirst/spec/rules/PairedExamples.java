package org.contractfirst.spec.rules;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * An operation that takes input names its request examples ({@code examples} on its parameters or request body) and
 * pairs each with the response example of the same name, in exactly one response: so a contract tester sends a
 * request the API documents and knows the status and body to expect, instead of inventing ids that name nothing.
 * A named response example of such an operation has its request. Operations without input are not concerned.
 */
public final class PairedExamples implements NormalisationRule {

    @Override
    public String id() {
        return "paired-examples";
    }

    @Override
    public List<Finding> check(SpecDocument spec) {
        List<Finding> findings = new ArrayList<>();
        for (Operations operation : Operations.of(spec)) {
            List<JsonNode> parameters = new ArrayList<>();
            spec.tree().path("paths").path(operation.path()).path("parameters").forEach(parameters::add);
            operation.node().path("parameters").forEach(parameters::add);
            JsonNode body = resolve(spec, operation.node().path("requestBody"));
            if (parameters.isEmpty() && body.isMissingNode()) {
                continue;
            }
            Set<String> requests = new TreeSet<>();
            parameters.forEach(parameter -> resolve(spec, parameter).path("examples").fieldNames().forEachRemaining(requests::add));
            body.path("content").forEach(media -> media.path("examples").fieldNames().forEachRemaining(requests::add));
            Map<String, Set<String>> responses = new TreeMap<>();
            operation.node().path("responses").fields().forEachRemaining(response -> resolve(spec, response.getValue())
                    .path("content").forEach(media -> media.path("examples").fieldNames().forEachRemaining(name ->
                            responses.computeIfAbsent(name, key -> new TreeSet<>()).add(response.getKey()))));
            if (requests.isEmpty()) {
                findings.add(spec.finding(id(), operation.pointer(), operation.label()
                        + " takes input but names no request example to pair with a response"));
            }
            for (String name : requests) {
                Set<String> statuses = responses.getOrDefault(name, Set.of());
                if (statuses.size() != 1) {
                    findings.add(spec.finding(id(), operation.pointer(), operation.label() + ": the request example "
                            + name + " is paired with " + (statuses.isEmpty() ? "no response example"
                            : "response examples of " + String.join(", ", statuses)) + "; name one response's"));
                }
            }
            responses.forEach((name, statuses) -> {
                if (!requests.contains(name)) {
                    findings.add(spec.finding(id(), operation.pointer() + "/responses/" + statuses.iterator().next(),
                            operation.label() + ": the response example " + name + " has no request example of that name"));
                }
            });
        }
        return findings;
    }

    /**
     * The pointers of the request examples paired with a 4xx response example ({@code .../examples/<name>}): bad input
     * on purpose, which the example check does not hold to the schema. A shared parameter's are where it is written.
     */
    static Set<String> badInputExamples(SpecDocument spec) {
        Set<String> bad = new TreeSet<>();
        for (Operations operation : Operations.of(spec)) {
            Map<String, String> statuses = new TreeMap<>();
            operation.node().path("responses").fields().forEachRemaining(response -> resolve(spec, response.getValue())
                    .path("content").forEach(media -> media.path("examples").fieldNames().forEachRemaining(name ->
                            statuses.put(name, response.getKey()))));
            Map<String, JsonNode> holders = new TreeMap<>();
            String pathPointer = "/paths/" + org.contractfirst.spec.layout.ShapeWalker.escape(operation.path());
            collect(spec, pathPointer + "/parameters", spec.tree().path("paths").path(operation.path()).path("parameters"), holders);
            collect(spec, operation.pointer() + "/parameters", operation.node().path("parameters"), holders);
            JsonNode requestBody = operation.node().path("requestBody");
            String bodyPointer = requestBody.has("$ref") ? requestBody.get("$ref").asText().substring(1)
                    : operation.pointer() + "/requestBody";
            resolve(spec, requestBody).path("content").fields().forEachRemaining(media -> holders.put(
                    bodyPointer + "/content/" + org.contractfirst.spec.layout.ShapeWalker.escape(media.getKey()), media.getValue()));
            holders.forEach((pointer, holder) -> holder.path("examples").fieldNames().forEachRemaining(name -> {
                if (statuses.getOrDefault(name, "").startsWith("4")) {
                    bad.add(pointer + "/examples/" + org.contractfirst.spec.layout.ShapeWalker.escape(name));
                }
            }));
        }
        return bad;
    }

    private static void collect(SpecDocument spec, String pointer, JsonNode parameters, Map<String, JsonNode> holders) {
        for (int i = 0; i < parameters.size(); i++) {
            JsonNode parameter = parameters.get(i);
            holders.put(parameter.has("$ref") ? parameter.get("$ref").asText().substring(1) : pointer + "/" + i,
                    resolve(spec, parameter));
        }
    }

    private static JsonNode resolve(SpecDocument spec, JsonNode node) {
        return node.has("$ref") ? spec.resolve(node.get("$ref").asText()) : node;
    }
}
