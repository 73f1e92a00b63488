package org.contractfirst.conformance;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The suite can fail: in front of a reference server, a proxy breaks the contract in one way, and the check made
 * for that breach reports it. Without a fault, the proxy changes nothing and the suite passes.
 */
class BrokenServersTest {

    private static final long SEED = 42;

    private EmbeddedTargets embedded;

    @BeforeAll
    static void onlyForTheSuiteItself() {
        EmbeddedTargets.assumeNoOtherTarget();
    }

    @BeforeEach
    void start() {
        embedded = new EmbeddedTargets();
    }

    @AfterEach
    void stop() {
        embedded.close();
    }

    /** Runs the whole suite against {@code api} behind {@code fault}; returns the names of the checks that failed. */
    private Set<String> failingChecks(String api, BrokenServer.Fault fault) throws Exception {
        return failures(api, fault).stream().map(Failure::check).collect(Collectors.toSet());
    }

    /**
     * Asserts that behind {@code fault}, {@code check} fails on the operation {@code operationId} and nothing else
     * fails: no other check, no other operation.
     */
    private void onlyFails(String api, String check, String operationId, BrokenServer.Fault fault) throws Exception {
        List<Failure> failures = failures(api, fault);
        assertFalse(failures.isEmpty(), "no check failed; " + check + " should have");
        for (Failure failure : failures) {
            assertEquals(check, failure.check(), failure::toString);
            assertTrue(failure.operation().startsWith(operationId + " ("), failure::toString);
        }
    }

    /**
     * The failures of the whole suite against {@code api} behind {@code fault}, but for {@code transport_robustness}:
     * the JDK's HTTP server the proxy runs on answers a URL it cannot read with a page of its own, so that check is
     * proven by the tests made for it.
     */
    private List<Failure> failures(String api, BrokenServer.Fault fault) throws Exception {
        RunOptions defaults = RunOptions.defaults(SEED);
        return failures(api, fault, new RunOptions(SEED, defaults.maxRequestsPerOperation(), Set.of(),
                Set.of("transport_robustness"), false, defaults.connectTimeout(), defaults.readTimeout(), null));
    }

    private List<Failure> failures(String api, BrokenServer.Fault fault, RunOptions options) throws Exception {
        Target working = embedded.targets().stream().filter(target -> target.spec().name().equals(api)).findFirst()
                .orElseThrow();
        try (BrokenServer broken = new BrokenServer(working.baseUri(), fault)) {
            Target target = new Target(working.spec(), broken.baseUri(), working.credentials(), working.fixtures(), true, false);
            List<Failure> failures = Conformance.runAll(target, options).failures();
            failures.forEach(failure -> System.out.println(failure + "\n"));
            return failures;
        }
    }

    /** Whether the request carries a sandbox credential, whose answer stands for a failure and is not to be broken. */
    private static boolean isSandbox(BrokenServer.Request request) {
        return String.valueOf(request.headers().get("Authorization")).contains("-sandbox-");
    }

    private static boolean isGetMe(BrokenServer.Request request) {
        return request.method().equals("GET") && request.pathAndQuery().equals("/me");
    }

    @Test
    void aTransparentProxyPassesEveryCheck() throws Exception {
        for (String api : Targets.apis()) {
            assertEquals(Set.of(), failingChecks(api, (request, upstream) -> upstream.send(request)), api);
        }
    }

    @Test
    void anUndocumentedStatusFailsStatusCodeConformance() throws Exception {
        assertTrue(failingChecks("bird", (request, upstream) -> {
            BrokenServer.Response response = upstream.send(request);
            return isGetMe(request) && response.status() == 200 ? response.withStatus(299) : response;
        }).contains("status_code_conformance"));
    }

    @Test
    void aMissingRequiredFieldFailsResponseSchemaConformance() throws Exception {
        assertTrue(failingChecks("bird", (request, upstream) -> upstream.send(request)
                .withBody(body -> body.replaceFirst("\"name\":\"[^\"]*\",", ""))).contains("response_schema_conformance"));
    }

    @Test
    void aWrongTypeFailsResponseSchemaConformance() throws Exception {
        assertTrue(failingChecks("zitadel", (request, upstream) -> upstream.send(request)
                .withBody(body -> body.replaceFirst("\"sequence\":\"(\\d+)\"", "\"sequence\":$1")))
                .contains("response_schema_conformance"));
    }

    @Test
    void anEnumValueOutsideTheSpecFailsResponseSchemaConformance() throws Exception {
        assertTrue(failingChecks("bird", (request, upstream) -> upstream.send(request)
                .withBody(body -> body.replace("\"status\":\"active\"", "\"status\":\"zombie\"")))
                .contains("response_schema_conformance"));
    }

    @Test
    void anXmlBodyOffItsSchemaFailsResponseSchemaConformance() throws Exception {
        assertTrue(failingChecks("circuit", (request, upstream) -> upstream.send(request)
                .withBody(body -> body.replace("<timeZoneOffset>-60</timeZoneOffset>", "<timeZoneOffset>UTC+1</timeZoneOffset>")))
                .contains("response_schema_conformance"));
    }

    @Test
    void aWrongContentTypeFailsContentTypeConformance() throws Exception {
        assertTrue(failingChecks("bird", (request, upstream) -> {
            BrokenServer.Response response = upstream.send(request);
            return isGetMe(request) ? response.withHeader("Content-Type", "text/plain") : response;
        }).contains("content_type_conformance"));
    }

    @Test
    void anIgnoredAcceptFailsContentTypeConformance() throws Exception {
        assertTrue(failingChecks("circuit", (request, upstream) -> upstream.send(request.withHeader("Accept", null)))
                .contains("content_type_conformance"));
    }

    @Test
    void aMissingDocumentedHeaderFailsResponseHeadersConformance() throws Exception {
        assertTrue(failingChecks("zitadel", (request, upstream) -> upstream.send(request).withoutHeader("WWW-Authenticate"))
                .contains("response_headers_conformance"));
    }

    @Test
    void anOutageAnsweredWithAnotherStatusFailsDocumentedFailureResponses() throws Exception {
        assertTrue(failingChecks("circuit", (request, upstream) -> {
            BrokenServer.Response response = upstream.send(request);
            return response.status() == 503 ? response.withStatus(500) : response;
        }).contains("documented_failure_responses"));
    }

    @Test
    void refusedValidInputFailsPositiveDataAcceptance() throws Exception {
        assertTrue(failingChecks("bird", (request, upstream) -> request.method().equals("PATCH")
                ? BrokenServer.Response.of(422, "application/json",
                        "{\"code\":\"validation_failed\",\"message\":\"Request validation failed\",\"details\":{}}")
                : upstream.send(request)).contains("positive_data_acceptance"));
    }

    @Test
    void acceptedInvalidInputFailsNegativeDataRejection() throws Exception {
        assertTrue(failingChecks("zitadel", (request, upstream) -> {
            BrokenServer.Response response = upstream.send(request);
            return request.method().equals("PUT") && response.status() == 400 ? response.withStatus(200) : response;
        }).contains("negative_data_rejection"));
    }

    @Test
    void ignoredAuthFailsAuthRequired() throws Exception {
        assertTrue(failingChecks("unipile", (request, upstream) ->
                upstream.send(request.withHeader("X-API-KEY", org.contractfirst.reference.unipile.UnipileReference.DEMO_KEY)))
                .contains("auth_required"));
    }

    @Test
    void anAnsweredUndocumentedMethodFailsUnsupportedMethod() throws Exception {
        assertTrue(failingChecks("bird", (request, upstream) -> request.method().equals("POST")
                ? BrokenServer.Response.of(200, "application/json", "{}") : upstream.send(request))
                .contains("unsupported_method"));
    }

    @Test
    void aSilentlyDroppedWriteFailsReadAfterWrite() throws Exception {
        assertTrue(failingChecks("bird", (request, upstream) -> {
            if (!request.method().equals("PATCH")) {
                return upstream.send(request);
            }
            BrokenServer.Response before = upstream.send(new BrokenServer.Request("GET", "/me", request.headers(), new byte[0]));
            BrokenServer.Response answer = upstream.send(request);
            if (answer.status() == 200) {
                upstream.send(request.withBody("application/json", restoring(request.body(), before.body())));
            }
            return answer;
        }).contains("read_after_write"));
    }

    /** A patch that puts back, for every field {@code patch} set, the value it had in {@code before}. */
    private static byte[] restoring(byte[] patch, byte[] before) throws java.io.IOException {
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        var previous = json.readTree(before);
        var restore = json.createObjectNode();
        json.readTree(patch).fieldNames().forEachRemaining(field -> restore.set(field, previous.get(field)));
        return json.writeValueAsBytes(restore);
    }

    @Test
    void aRejectedWriteThatChangesStateFailsRejectedWriteChangesNothing() throws Exception {
        assertTrue(failingChecks("bird", (request, upstream) -> {
            BrokenServer.Response response = upstream.send(request);
            if (request.method().equals("PATCH") && response.status() == 422) {
                upstream.send(request.withBody("application/json", ("{\"bio\":\"changed " + System.nanoTime() + "\"}").getBytes()));
            }
            return response;
        }).contains("rejected_write_changes_nothing"));
    }

    @Test
    void aDeleteThatDoesNothingFailsUseAfterDelete() throws Exception {
        assertTrue(failingChecks("bird", (request, upstream) -> request.method().equals("DELETE")
                ? BrokenServer.Response.of(202, null, "") : upstream.send(request)).contains("use_after_delete"));
    }

    @Test
    void aServerErrorOnLongInputFailsNotAServerError() throws Exception {
        assertTrue(failingChecks("circuit", (request, upstream) -> request.pathAndQuery().length() + request.body().length > 2000
                ? BrokenServer.Response.of(500, "application/json", "{\"code\":500,\"message\":\"boom\"}")
                : upstream.send(request)).contains("not_a_server_error"));
    }

    @Test
    void anEmptyBodyWhereJsonIsDeclaredFailsResponseSchemaConformance() throws Exception {
        onlyFails("circuit", "response_schema_conformance", "getSupportInfo", (request, upstream) -> {
            BrokenServer.Response response = upstream.send(request);
            return request.pathAndQuery().startsWith("/rest/v2/users/supportinfo") && response.status() == 200
                    ? new BrokenServer.Response(200, response.headers(), new byte[0]) : response;
        });
    }

    @Test
    void aChallengeOfAnotherSchemeFailsResponseHeadersConformance() throws Exception {
        onlyFails("zitadel", "response_headers_conformance", "getMyProfile", (request, upstream) -> {
            BrokenServer.Response response = upstream.send(request);
            return request.method().equals("GET") && response.status() == 401
                    ? response.withHeader("WWW-Authenticate", "garbage") : response;
        });
    }

    @Test
    void aHeaderValueOffItsSchemaFailsResponseHeadersConformance() throws Exception {
        onlyFails("circuit", "response_headers_conformance", "getProfile", (request, upstream) -> {
            BrokenServer.Response response = upstream.send(request);
            return request.pathAndQuery().startsWith("/rest/v2/users/profile") && response.status() == 503
                    ? response.withHeader("Retry-After", "soon") : response;
        });
    }

    @Test
    void aMethodNotAllowedWithoutAllowFailsUnsupportedMethod() throws Exception {
        onlyFails("bird", "unsupported_method", "getProfile", (request, upstream) -> {
            BrokenServer.Response response = upstream.send(request);
            return response.status() == 405 ? response.withoutHeader("Allow") : response;
        });
    }

    @Test
    void aMethodNotAllowedAllowingAnUndocumentedMethodFailsUnsupportedMethod() throws Exception {
        onlyFails("bird", "unsupported_method", "getProfile", (request, upstream) -> {
            BrokenServer.Response response = upstream.send(request);
            return response.status() == 405 ? response.withHeader("Allow", "GET, PATCH, DELETE, PUT") : response;
        });
    }

    @Test
    void aMethodNotAllowedAsAContainerPageFailsUnsupportedMethod() throws Exception {
        onlyFails("zitadel", "unsupported_method", "getMyProfile", (request, upstream) -> {
            BrokenServer.Response response = upstream.send(request);
            return response.status() == 405
                    ? BrokenServer.Response.of(405, "text/html", "<html><body>405 Method Not Allowed</body></html>")
                            .withHeader("Allow", response.headers().get("Allow"))
                    : response;
        });
    }

    @Test
    void badInputRefusedAsUnauthenticatedFailsNegativeDataRejection() throws Exception {
        onlyFails("zitadel", "negative_data_rejection", "updateMyProfile", (request, upstream) -> {
            BrokenServer.Response response = upstream.send(request);
            return request.method().equals("PUT") && response.status() == 400 && !isSandbox(request)
                    ? response.withStatus(401).withHeader("WWW-Authenticate", "Bearer realm=\"zitadel\"") : response;
        });
    }

    @Test
    void aSchemaErrorAnsweredAsAnUnsupportedMediaTypeFailsNegativeDataRejection() throws Exception {
        onlyFails("bird", "negative_data_rejection", "updateProfile", (request, upstream) -> {
            BrokenServer.Response response = upstream.send(request);
            return request.method().equals("PATCH") && response.status() == 422 && !isSandbox(request)
                    ? response.withStatus(415) : response;
        });
    }

    @Test
    void aCredentialAllowedBeyondItsScopeFailsScopeRequired() throws Exception {
        String readUserOnly = "Bearer " + org.contractfirst.reference.circuit.CircuitReference.READ_USER_TOKEN;
        onlyFails("circuit", "scope_required", "getProfile", (request, upstream) ->
                request.pathAndQuery().startsWith("/rest/v2/users/profile")
                        && readUserOnly.equals(request.headers().get("Authorization"))
                        ? upstream.send(request.withHeader("Authorization", "Bearer "
                                + org.contractfirst.reference.circuit.CircuitReference.ALL_TOKEN))
                        : upstream.send(request));
    }

    @Test
    void swappedFieldsFailReadAfterWrite() throws Exception {
        onlyFails("bird", "read_after_write", "updateProfile", (request, upstream) -> {
            if (!request.method().equals("PATCH")) {
                return upstream.send(request);
            }
            var json = new com.fasterxml.jackson.databind.ObjectMapper();
            com.fasterxml.jackson.databind.JsonNode body;
            try {
                body = json.readTree(request.body());
            } catch (java.io.IOException notJson) {
                return upstream.send(request);
            }
            if (body instanceof com.fasterxml.jackson.databind.node.ObjectNode patch
                    && fitsEither(patch.get("name")) && fitsEither(patch.get("bio"))) {
                var name = patch.get("name");
                patch.set("name", patch.get("bio"));
                patch.set("bio", name);
                return upstream.send(request.withBody(request.headers().get("Content-Type"), json.writeValueAsBytes(patch)));
            }
            return upstream.send(request);
        });
    }

    /** A value valid as both Bird's name (1 to 255 code points) and bio (up to 1024): swapping keeps the request valid. */
    private static boolean fitsEither(com.fasterxml.jackson.databind.JsonNode value) {
        return value != null && value.isTextual()
                && value.asText().codePointCount(0, value.asText().length()) >= 1
                && value.asText().codePointCount(0, value.asText().length()) <= 255;
    }

    @Test
    void aContainersOwnPageForAnUnreadableUrlFailsTransportRobustness() throws Exception {
        // The JDK's HTTP server refuses a '%' without two hex digits itself, with an HTML page: a container's page.
        List<Failure> failures = failures("bird", (request, upstream) -> upstream.send(request),
                RunOptions.defaults(SEED).strict(false));
        assertFalse(failures.isEmpty(), "transport_robustness should have failed");
        for (Failure failure : failures) {
            assertEquals("transport_robustness", failure.check(), failure::toString);
            assertTrue(failure.bodyStart().contains("<h1>400 Bad Request</h1>"), failure::toString);
        }
    }

    @Test
    void aServerErrorOnDeeplyNestedJsonFailsTransportRobustness() throws Exception {
        byte[] nested = "[[[[[[[[".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        List<Failure> failures = failures("zitadel", (request, upstream) -> request.body().length > nested.length
                && java.util.Arrays.equals(request.body(), 0, nested.length, nested, 0, nested.length)
                ? BrokenServer.Response.of(500, "application/json", "{\"code\":13,\"message\":\"stack overflow\"}")
                : upstream.send(request), RunOptions.defaults(SEED));
        List<Failure> ours = failures.stream().filter(failure -> !failure.bodyStart().contains("<h1>400 Bad Request</h1>")).toList();
        assertFalse(ours.isEmpty(), "transport_robustness should have failed");
        for (Failure failure : ours) {
            assertEquals("transport_robustness", failure.check(), failure::toString);
            assertTrue(failure.operation().startsWith("updateMyProfile ("), failure::toString);
            assertTrue(failure.expected().contains("nested"), failure::toString);
        }
    }
}
