package org.contractfirst.conformance.spec;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One operation of a spec: its method and path, its parameters (the path item's, overridden by its own), its request
 * body, its responses by status key ({@code 200}, {@code 4XX}, {@code default}), and the security requirements it
 * states (its own, else the spec's): alternatives, each a map from scheme name to the scopes it needs; and the
 * refusals it documents by name: each example a response of its own 4xx or 5xx code gives, where a request example
 * of the operation (a parameter's or the body's) has the same name, with that code. Such a pair says: this request
 * gets this answer (Bird's {@code unknownTimezone}, a 422).
 */
public record Operation(String method, String path, String operationId, boolean namedInSpec, JsonNode node,
                        List<Parameter> parameters, Optional<RequestBody> requestBody, Map<String, JsonNode> responses,
                        List<Map<String, List<String>>> security, Map<String, Integer> namedRefusals) {

    static Operation of(ApiSpec spec, String path, String method, JsonNode pathItem, JsonNode operation) {
        Map<String, JsonNode> responses = new LinkedHashMap<>();
        ApiSpec.fields(operation.path("responses")).forEach((status, response) -> responses.put(status, spec.resolve(response)));
        Set<String> refused = refusedExamples(responses);
        Map<String, Parameter> parameters = new LinkedHashMap<>();
        for (JsonNode source : List.of(pathItem.path("parameters"), operation.path("parameters"))) {
            source.forEach(reference -> {
                Parameter parameter = Parameter.of(spec, spec.resolve(reference), refused);
                parameters.put(parameter.in() + ":" + parameter.name(), parameter);
            });
        }
        JsonNode securityNode = operation.has("security") ? operation.get("security") : spec.document().root().path("security");
        List<Map<String, List<String>>> security = new ArrayList<>();
        securityNode.forEach(requirement -> {
            Map<String, List<String>> schemes = new LinkedHashMap<>();
            ApiSpec.fields(requirement).forEach((scheme, scopes) -> {
                List<String> names = new ArrayList<>();
                scopes.forEach(scope -> names.add(scope.asText()));
                schemes.put(scheme, List.copyOf(names));
            });
            security.add(schemes);
        });
        JsonNode body = spec.resolve(operation.path("requestBody"));
        String id = operation.path("operationId").asText("");
        return new Operation(method, path, id.isEmpty() ? method + " " + path : id, !id.isEmpty(), operation,
                List.copyOf(parameters.values()),
                body.isObject() ? Optional.of(RequestBody.of(spec, body, refused)) : Optional.empty(), responses, security,
                namedRefusals(parameters.values(), body, responses));
    }

    /**
     * The names of the examples the operation answers with a refusal and never with a success: a request example of
     * the same name asks for that refusal (Bird's {@code unknownTimezone}), so it makes no valid request.
     */
    private static Set<String> refusedExamples(Map<String, JsonNode> responses) {
        Set<String> refused = new HashSet<>();
        Set<String> succeeding = new HashSet<>();
        responses.forEach((status, response) -> (status.startsWith("2") ? succeeding : refused).addAll(exampleNames(response)));
        refused.removeAll(succeeding);
        return refused;
    }

    private static Map<String, Integer> namedRefusals(Collection<Parameter> parameters, JsonNode body,
                                                      Map<String, JsonNode> responses) {
        Set<String> requested = new HashSet<>(exampleNames(body));
        parameters.forEach(parameter -> requested.addAll(ApiSpec.fields(parameter.node().path("examples")).keySet()));
        Map<String, Integer> refusals = new LinkedHashMap<>();
        responses.forEach((status, response) -> {
            if (status.matches("[45]\\d\\d")) {
                exampleNames(response).stream().filter(requested::contains)
                        .forEach(name -> refusals.putIfAbsent(name, Integer.parseInt(status)));
            }
        });
        return java.util.Collections.unmodifiableMap(refusals);
    }

    /** The names of the examples of every media type of a request body's or a response's content, in order. */
    private static List<String> exampleNames(JsonNode withContent) {
        List<String> names = new ArrayList<>();
        ApiSpec.fields(withContent.path("content")).values().forEach(media -> names.addAll(ApiSpec.fields(media.path("examples")).keySet()));
        return names;
    }

    /** The key under which {@code status} is documented: itself, else its range ({@code 4XX}), else {@code default}. */
    public Optional<String> documentedKey(int status) {
        String own = Integer.toString(status);
        String range = status / 100 + "XX";
        for (String key : responses.keySet()) {
            if (key.equals(own)) {
                return Optional.of(key);
            }
        }
        for (String key : responses.keySet()) {
            if (key.equalsIgnoreCase(range)) {
                return Optional.of(key);
            }
        }
        return responses.containsKey("default") ? Optional.of("default") : Optional.empty();
    }

    /** The documented response for {@code status}: its own, its range's, or the default. */
    public Optional<JsonNode> response(int status) {
        return documentedKey(status).map(responses::get);
    }

    /** The schema of the JSON content the response for {@code status} declares, if it declares one. */
    public Optional<JsonNode> jsonSchema(int status) {
        return schema(status, MediaType::isJson);
    }

    /** The schema of the XML content the response for {@code status} declares, if it declares one. */
    public Optional<JsonNode> xmlSchema(int status) {
        return schema(status, MediaType::isXml);
    }

    private Optional<JsonNode> schema(int status, java.util.function.Predicate<String> essence) {
        return response(status).flatMap(response -> ApiSpec.fields(response.path("content")).entrySet().stream()
                .filter(type -> essence.test(MediaType.essence(type.getKey())) && type.getValue().has("schema"))
                .map(type -> type.getValue().get("schema")).findFirst());
    }

    /**
     * Whether {@code status} is documented by its own code: a range ({@code 4XX}) says which answers may come, not
     * that the server refuses what this status names (an unknown id, an Accept it cannot meet, a body too large).
     */
    public boolean documentsOwnCode(int status) {
        return responses.containsKey(Integer.toString(status));
    }

    /** Whether {@code status} is documented by its own code or its range, not only by {@code default}. */
    public boolean documentsExactly(int status) {
        return documentedKey(status).filter(key -> !key.equals("default")).isPresent();
    }

    /** The documented statuses of a class ('2' for 2xx), their codes; a range counts as its first code. */
    public List<Integer> statuses(char statusClass) {
        List<Integer> statuses = new ArrayList<>();
        for (String key : responses.keySet()) {
            if (key.charAt(0) == statusClass) {
                statuses.add(key.length() == 3 && Character.isDigit(key.charAt(1)) ? Integer.parseInt(key)
                        : (statusClass - '0') * 100);
            }
        }
        return statuses;
    }

    /**
     * The answers the operation documents for bad input in general: a 400, a 422, the 4XX range or the default. A 404,
     * 409 or 412 is about the state of what a request names, a 401 or 403 about credentials: documenting only those
     * says nothing of how bad input is answered.
     */
    public List<String> badInputStatuses() {
        return responses.keySet().stream().filter(key -> key.equals("400") || key.equals("422")
                || key.equalsIgnoreCase("4XX") || key.equals("default")).toList();
    }

    /** Whether a call needs credentials: some requirement is stated and none of them is the empty one. */
    public boolean isSecured() {
        return !security.isEmpty() && security.stream().noneMatch(Map::isEmpty);
    }

    public boolean isDeprecated() {
        return node.path("deprecated").asBoolean(false);
    }

    /** The media types a documented response of {@code status} may have. */
    public List<String> mediaTypes(int status) {
        return response(status).map(response -> new ArrayList<>(ApiSpec.fields(response.path("content")).keySet()))
                .orElseGet(ArrayList::new);
    }

    /** One operation is one operation: compared as itself, not by its content. */
    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    @Override
    public String toString() {
        return operationId + " (" + method + " " + path + ")";
    }
}
