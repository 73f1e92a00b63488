package org.contractfirst.server.runtime.mock;

import org.contractfirst.server.runtime.spec.ServedSpec;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Examples by name, the convention Specmatic and Microcks follow: a request that equals a named example of the
 * operation's request (its body's example of that name, and each parameter's example of that name) is answered
 * with the response example of the same name, in that response's status. So every documented answer with a paired
 * example is one request away: Bird's {@code unknownTimezone} 422, Circuit's {@code dndWithoutUntil} 400. Header and
 * cookie parameters are not compared.
 */
public final class MockExamples {

    /** A named answer: the response's status key and the example's value. */
    record Named(String status, JsonNode body) {
    }

    /** A request example: the body's value (if the body has one of the name) and the parameters' values, by name. */
    private record Pairing(Optional<JsonNode> body, Map<String, String> path, Map<String, List<String>> query,
                           Named answer) {
    }

    /** Numbers equal by value: {@code 1} and {@code 1.0}, an int and a long. */
    private static final Comparator<JsonNode> VALUES = (left, right) -> left.isNumber() && right.isNumber()
            ? left.decimalValue().compareTo(right.decimalValue()) : left.equals(right) ? 0 : 1;

    private final ServedSpec spec;
    private final Map<String, List<Pairing>> pairings = new HashMap<>();

    MockExamples(ServedSpec spec) {
        this.spec = spec;
        spec.operationIds().forEach(operation -> pairings.put(operation, pairings(operation)));
    }

    /** The named answer the request asks for; empty where it equals no named request example. */
    Optional<Named> match(String operationId, MockRequest request) {
        String template = spec.pathTemplate(operationId);
        for (Pairing pairing : pairings.getOrDefault(operationId, List.of())) {
            boolean body = pairing.body().map(value -> request.body().filter(sent -> sent.equals(VALUES, value)).isPresent())
                    .orElse(true);
            boolean path = pairing.path().entrySet().stream().allMatch(parameter ->
                    request.pathParameter(template, parameter.getKey()).filter(parameter.getValue()::equals).isPresent());
            // The query's arrays arrive one value a repeat, whatever their style: ParameterStyles has bound them.
            boolean query = pairing.query().entrySet().stream().allMatch(parameter ->
                    request.query().getOrDefault(parameter.getKey(), List.of()).equals(parameter.getValue()));
            if (body && path && query) {
                return Optional.of(pairing.answer());
            }
        }
        return Optional.empty();
    }

    private List<Pairing> pairings(String operationId) {
        Map<String, Named> answers = new LinkedHashMap<>();
        spec.operation(operationId).path("responses").fields().forEachRemaining(response ->
                spec.resolve(response.getValue()).path("content").forEach(media -> media.path("examples").fields()
                        .forEachRemaining(example -> {
                            JsonNode value = spec.resolve(example.getValue()).path("value");
                            Named known = answers.get(example.getKey());
                            // A name a success also answers is the success's: the request is a valid one.
                            boolean success = response.getKey().startsWith("2");
                            if (!value.isMissingNode() && (known == null || success && !known.status().startsWith("2"))) {
                                answers.put(example.getKey(), new Named(response.getKey(), value));
                            }
                        })));
        List<Pairing> pairings = new ArrayList<>();
        answers.forEach((name, answer) -> {
            Optional<JsonNode> body = Optional.empty();
            for (JsonNode media : spec.resolve(spec.operation(operationId).path("requestBody")).path("content")) {
                JsonNode value = spec.resolve(media.path("examples").path(name)).path("value");
                if (!value.isMissingNode()) {
                    body = Optional.of(value);
                    break;
                }
            }
            Map<String, String> path = new LinkedHashMap<>();
            Map<String, List<String>> query = new LinkedHashMap<>();
            for (JsonNode parameter : spec.parameters(operationId)) {
                JsonNode value = spec.resolve(parameter.path("examples").path(name)).path("value");
                String in = parameter.path("in").asText();
                if (value.isValueNode() && in.equals("path")) {
                    path.put(parameter.path("name").asText(), value.asText());
                } else if (!value.isMissingNode() && in.equals("query")) {
                    List<String> items = new ArrayList<>();
                    (value.isArray() ? value : List.of(value)).forEach(item -> items.add(item.asText()));
                    query.put(parameter.path("name").asText(), items);
                }
            }
            if (body.isPresent() || !path.isEmpty() || !query.isEmpty()) {
                pairings.add(new Pairing(body, path, query, answer));
            }
        });
        return pairings;
    }
}
