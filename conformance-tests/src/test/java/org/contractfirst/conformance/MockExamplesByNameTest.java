package org.contractfirst.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.contractfirst.conformance.spec.ApiSpec;
import org.contractfirst.conformance.spec.Operation;
import org.contractfirst.conformance.spec.Parameter;
import org.contractfirst.conformance.spec.SecurityScheme;
import org.contractfirst.conformance.validation.JsonSchemas;
import org.contractfirst.form.BracketNotation;
import org.contractfirst.reference.ReferenceServers;
import org.contractfirst.server.runtime.mock.MockAnswers;
import org.contractfirst.values.ValidValues;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each API's mock answers a request that equals a named example with the response example of the same name, in its
 * status: every documented refusal with a paired example (Bird's {@code unknownTimezone}, Circuit's
 * {@code dndWithoutUntil}, Unipile's other kind of account, ZITADEL's {@code notChanged}) is one request away.
 */
class MockExamplesByNameTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final Comparator<JsonNode> VALUES = (left, right) -> left.isNumber() && right.isNumber()
            ? left.decimalValue().compareTo(right.decimalValue()) : left.equals(right) ? 0 : 1;

    @Test
    void everyNamedRefusalOfEveryApiIsAnsweredAsItsExampleSays() throws Exception {
        List<String> answered = new ArrayList<>();
        try (ReferenceServers mocks = ReferenceServers.startMocks((api, specPort) -> 0)) {
            for (ReferenceServers.Running api : mocks.running()) {
                ApiSpec spec = Targets.spec(api.name());
                JsonSchemas schemas = new JsonSchemas(spec);
                for (Operation operation : spec.operations()) {
                    for (Map.Entry<String, JsonNode> response : operation.responses().entrySet()) {
                        if (response.getKey().startsWith("2")) {
                            continue;
                        }
                        for (Map.Entry<String, JsonNode> example : examples(spec, response.getValue()).entrySet()) {
                            Optional<Sent> sent = request(spec, schemas, operation, example.getKey(), api.server().baseUri());
                            if (sent.isEmpty()) {
                                continue;
                            }
                            HttpResponse<String> answer = HTTP.send(sent.get().request(), HttpResponse.BodyHandlers.ofString());
                            String what = api.name() + " " + operation.operationId() + " " + example.getKey();
                            assertEquals(response.getKey(), Integer.toString(answer.statusCode()), what + ": " + answer.body());
                            // A request its schema refuses is refused before the mock reads it, in words of its own.
                            assertTrue(!sent.get().valid() || JSON.readTree(answer.body()).equals(VALUES, example.getValue()),
                                    what + ": " + answer.body());
                            answered.add(what);
                        }
                    }
                }
            }
        }
        assertTrue(answered.containsAll(List.of("bird updateProfile unknownTimezone",
                "circuit setUserPresence dndWithoutUntil", "circuit getUserById unknownUser",
                "unipile editAccountOwnerProfile gmail", "unipile getAccountOwnerProfile unknownAccount",
                "zitadel updateMyProfile notChanged")), answered.toString());
    }

    @Test
    void aRefusalOfNoNamedExampleTellsOfNoFieldTheRequestDidNotSend() throws Exception {
        // Bird's 422 example details a timezone; a name too long is refused without borrowing that detail.
        try (ReferenceServers mocks = ReferenceServers.startMocks((api, specPort) -> 0)) {
            URI bird = mocks.get("bird").server().baseUri();
            HttpResponse<String> refused = HTTP.send(HttpRequest.newBuilder(URI.create(bird + "/me"))
                    .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"name\": \"" + "n".repeat(5000) + "\"}"))
                    .header("Content-Type", "application/json").header("Accept", "application/json")
                    .header("Authorization", "Bearer " + MockAnswers.CREDENTIAL).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(422, refused.statusCode(), refused.body());
            assertTrue(!refused.body().contains("timezone"), refused.body());
            java.util.Set<String> members = new java.util.HashSet<>();
            JSON.readTree(refused.body()).fieldNames().forEachRemaining(members::add);
            assertEquals(java.util.Set.of("code", "message"), members, "only what Bird's Error requires: " + refused.body());
        }
    }

    /** The named examples of a response's JSON content. */
    private static Map<String, JsonNode> examples(ApiSpec spec, JsonNode response) {
        Map<String, JsonNode> examples = new java.util.LinkedHashMap<>();
        ApiSpec.fields(response.path("content")).forEach((type, media) -> {
            if (type.contains("json")) {
                ApiSpec.fields(media.path("examples")).forEach((name, example) -> examples.put(name,
                        spec.resolve(example).path("value")));
            }
        });
        return examples;
    }

    /** A request made of named examples, and whether its schemas allow every value in it. */
    private record Sent(HttpRequest request, boolean valid) {
    }

    /**
     * The request that sends the examples named {@code name}: its body's, and each parameter's (another parameter its
     * own example); empty where the operation has no request example of that name.
     */
    private static Optional<Sent> request(ApiSpec spec, JsonSchemas schemas, Operation operation, String name, URI base) {
        boolean named = false;
        boolean valid = true;
        String path = operation.path();
        StringJoiner query = new StringJoiner("&");
        for (Parameter parameter : operation.parameters()) {
            JsonNode own = spec.resolve(parameter.node().path("examples").path(name)).path("value");
            named |= !own.isMissingNode();
            Optional<JsonNode> value = own.isMissingNode() ? parameter.example() : Optional.of(own);
            if (value.isEmpty() || !parameter.required() && own.isMissingNode()) {
                continue;
            }
            valid &= schemas.errors(parameter.schema(), ValidValues.Direction.REQUEST, value.get()).isEmpty();
            if (parameter.in().equals("path")) {
                path = path.replace("{" + parameter.name() + "}", encoded(value.get().asText()).replace("+", "%20"));
            } else if (parameter.in().equals("query")) {
                for (JsonNode item : value.get().isArray() ? value.get() : JSON.createArrayNode().add(value.get())) {
                    query.add(encoded(parameter.name()) + "=" + encoded(item.asText()));
                }
            }
        }
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();
        String contentType = null;
        if (operation.requestBody().isPresent()) {
            for (Map.Entry<String, JsonNode> media : ApiSpec.fields(spec.resolve(operation.node().path("requestBody"))
                    .path("content")).entrySet()) {
                JsonNode value = spec.resolve(media.getValue().path("examples").path(name)).path("value");
                if (value.isMissingNode()) {
                    continue;
                }
                named = true;
                valid &= schemas.errors(media.getValue().path("schema"), ValidValues.Direction.REQUEST, value).isEmpty();
                contentType = media.getKey();
                String boundary = "example-" + name;
                body = HttpRequest.BodyPublishers.ofString(switch (media.getKey()) {
                    case "application/x-www-form-urlencoded" -> form(value);
                    case "multipart/form-data" -> multipart(value, boundary);
                    default -> value.toString();
                });
                contentType = media.getKey().equals("multipart/form-data") ? contentType + "; boundary=" + boundary : contentType;
                break;
            }
        }
        if (!named) {
            return Optional.empty();
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path + (query.length() == 0 ? "" : "?" + query)))
                .method(operation.method(), body).header("Accept", "application/json");
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        for (Map<String, List<String>> requirement : operation.security()) {
            for (String scheme : requirement.keySet()) {
                SecurityScheme security = spec.securityScheme(scheme).orElseThrow();
                if (security.type().equals("apiKey") && security.in().equals("header")) {
                    request.setHeader(security.parameterName(), MockAnswers.CREDENTIAL);
                } else {
                    request.setHeader("Authorization", "Bearer " + MockAnswers.CREDENTIAL);
                }
            }
        }
        return Optional.of(new Sent(request.build(), valid));
    }

    private static String form(JsonNode value) {
        StringJoiner form = new StringJoiner("&");
        value.fields().forEachRemaining(field -> BracketNotation.flatten(field.getKey(), field.getValue())
                .forEach(pair -> form.add(encoded(pair.getKey()) + "=" + encoded(pair.getValue()))));
        return form.toString();
    }

    private static String multipart(JsonNode value, String boundary) {
        StringBuilder body = new StringBuilder();
        value.fields().forEachRemaining(field -> BracketNotation.flatten(field.getKey(), field.getValue())
                .forEach(pair -> body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"")
                        .append(pair.getKey()).append("\"\r\n\r\n").append(pair.getValue()).append("\r\n")));
        return body.append("--").append(boundary).append("--\r\n").toString();
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
