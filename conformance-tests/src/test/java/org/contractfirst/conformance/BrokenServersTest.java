package org.contractfirst.conformance;

import org.contractfirst.conformance.report.MarkdownRenderer;
import org.contractfirst.conformance.checks.Failure;
import org.contractfirst.conformance.checks.Recorder;
import org.contractfirst.conformance.report.Report;
import org.contractfirst.conformance.requests.RunOptions;
import org.contractfirst.conformance.requests.Target;
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
        FaultAssertions.onlyFails(failures(api, fault), check, operationId);
    }

    /** Asserts that behind {@code fault}, {@code check} fails, on any operation, and no other check does. */
    private void onlyCheckFails(String api, String check, BrokenServer.Fault fault) throws Exception {
        FaultAssertions.onlyCheckFails(failures(api, fault), check);
    }

    /**
     * The failures of the whole suite against {@code api} behind {@code fault}, but for {@code transport_robustness}:
     * the JDK's HTTP server the proxy runs on answers a URL it cannot read with a page of its own, so that check is
     * proven by the tests made for it.
     */
    private List<Failure> failures(String api, BrokenServer.Fault fault) throws Exception {
        return failures(api, fault, withoutTransportRobustness());
    }

    /** Every check but transport_robustness: the JDK's server a proxy runs on answers unreadable URLs itself. */
    private static RunOptions withoutTransportRobustness() {
        RunOptions defaults = RunOptions.defaults(SEED);
        return new RunOptions(SEED, defaults.maxRequestsPerOperation(), Set.of(), Set.of("transport_robustness"), false,
                defaults.connectTimeout(), defaults.readTimeout(), null);
    }

    private List<Failure> failures(String api, BrokenServer.Fault fault, RunOptions options) throws Exception {
        try (BrokenServer broken = new BrokenServer(working(api).baseUri(), fault)) {
            return failuresAt(api, broken.baseUri(), options);
        }
    }

    private Target working(String api) {
        return embedded.targets().stream().filter(target -> target.spec().name().equals(api)).findFirst().orElseThrow();
    }

    /** The failures and HTTP findings of the whole suite against {@code api}, its working server reached at {@code base}. */
    private List<Failure> failuresAt(String api, java.net.URI base, RunOptions options) {
        Target working = working(api);
        Target target = new Target(working.spec(), base, working.credentials(), working.fixtures(), true, false);
        Recorder session = Conformance.runAll(target, options);
        // A check of an HTTP rule reports an HTTP finding, not a failure: both are what a broken server shows.
        List<Failure> failures = new java.util.ArrayList<>(session.failures());
        failures.addAll(session.httpFindings());
        failures.forEach(failure -> System.out.println(failure + "\n"));
        return failures;
    }

    /** Whether the request carries a sandbox credential, whose answer stands for a failure and is not to be broken. */
    private static boolean isSandbox(BrokenServer.Request request) {
        return String.valueOf(request.headers().get("Authorization")).contains("-sandbox-");
    }

    /** A server that answers as the working one, but changes the answers {@code when} picks out. */
    private static BrokenServer.Fault answering(java.util.function.BiPredicate<BrokenServer.Request, BrokenServer.Response> when,
                                                java.util.function.UnaryOperator<BrokenServer.Response> change) {
        return (request, upstream) -> {
            BrokenServer.Response response = upstream.send(request);
            return when.test(request, response) ? change.apply(response) : response;
        };
    }

    /** A read of Bird's profile: a GET, or the HEAD that a server answers as that GET. */
    private static boolean isGetMe(BrokenServer.Request request) {
        return (request.method().equals("GET") || request.method().equals("HEAD")) && request.pathAndQuery().equals("/me");
    }

    @Test
    void aTransparentProxyPassesEveryCheck() throws Exception {
        for (String api : Targets.apis()) {
            assertEquals(Set.of(), failingChecks(api, (request, upstream) -> upstream.send(request)), api);
        }
    }

    @Test
    void anUndocumentedStatusFailsStatusCodeConformance() throws Exception {
        onlyCheckFails("bird", "status_code_conformance", answering(
                (request, response) -> isGetMe(request) && response.status() == 200,
                response -> response.withStatus(299)));
    }

    @Test
    void aBodyOffItsSchemaUnderAnUndocumentedSuccessIsJudgedByTheOneSuccessDocumented() throws Exception {
        List<Failure> failures = failures("bird", answering((request, response) -> isGetMe(request) && response.status() == 200,
                response -> response.withStatus(201).withBody(body -> body.replace("\"status\":\"active\"", "\"status\":\"zombie\""))));
        // One answer, one entry: the status's, naming the schema's failure beside it.
        FaultAssertions.onlyFails(failures, "status_code_conformance", "getProfile");
        assertTrue(failures.stream().allMatch(failure -> failure.expected().contains("also breaks response_schema_conformance")),
                failures::toString);
    }

    @Test
    void aMissingRequiredFieldFailsResponseSchemaConformance() throws Exception {
        onlyCheckFails("bird", "response_schema_conformance", (request, upstream) -> upstream.send(request)
                .withBody(body -> body.replaceFirst("\"status\":\"[^\"]*\",", "")));
    }

    @Test
    void aWrongTypeFailsResponseSchemaConformance() throws Exception {
        onlyCheckFails("zitadel", "response_schema_conformance", (request, upstream) -> upstream.send(request)
                .withBody(body -> body.replaceFirst("\"sequence\":\"(\\d+)\"", "\"sequence\":$1")));
    }

    @Test
    void anEnumValueOutsideTheSpecFailsResponseSchemaConformance() throws Exception {
        onlyCheckFails("bird", "response_schema_conformance", (request, upstream) -> upstream.send(request)
                .withBody(body -> body.replace("\"status\":\"active\"", "\"status\":\"zombie\"")));
    }

    @Test
    void anXmlBodyOffItsSchemaFailsResponseSchemaConformance() throws Exception {
        onlyCheckFails("circuit", "response_schema_conformance", (request, upstream) -> upstream.send(request)
                .withBody(body -> body.replace("<timeZoneOffset>-60</timeZoneOffset>", "<timeZoneOffset>UTC+1</timeZoneOffset>")));
    }

    @Test
    void aWrongContentTypeFailsContentTypeConformance() throws Exception {
        onlyCheckFails("bird", "content_type_conformance", answering((request, response) -> isGetMe(request),
                response -> response.withHeader("Content-Type", "text/plain")));
    }

    @Test
    void anIgnoredAcceptFailsContentTypeConformance() throws Exception {
        // The profile is served as JSON whatever the Accept: an XML reader gets JSON.
        onlyFails("circuit", "content_type_conformance", "getProfile", (request, upstream) ->
                request.pathAndQuery().startsWith("/rest/v2/users/profile")
                        && String.valueOf(request.headers().get("Accept")).equals("application/xml")
                        ? upstream.send(request.withHeader("Accept", null)) : upstream.send(request));
    }

    @Test
    void aMissingDocumentedHeaderFailsResponseHeadersConformance() throws Exception {
        onlyCheckFails("zitadel", "response_headers_conformance", (request, upstream) -> upstream.send(request).withoutHeader("WWW-Authenticate"));
    }

    @Test
    void anOutageAnsweredWithAnotherStatusFailsDocumentedFailureResponses() throws Exception {
        onlyCheckFails("circuit", "documented_failure_responses", answering(
                (request, response) -> response.status() == 503,
                response -> response.withStatus(500)));
    }

    @Test
    void refusedValidInputFailsPositiveDataAcceptance() throws Exception {
        // Every change the server would make, it refuses as invalid.
        onlyFails("bird", "positive_data_acceptance", "updateProfile", answering(
                (request, response) -> request.method().equals("PATCH") && response.status() == 200,
                response -> BrokenServer.Response.of(422, "application/json", "{\"code\":\"validation_failed\",\"message\":\"Request validation failed\",\"details\":{}}")));
    }

    @Test
    void acceptedInvalidInputFailsNegativeDataRejection() throws Exception {
        // The first name's maxLength is not checked: a longer one is cut and taken.
        onlyFails("zitadel", "negative_data_rejection", "updateMyProfile", (request, upstream) -> {
            com.fasterxml.jackson.databind.JsonNode profile = request.json();
            if (request.method().equals("PUT") && profile instanceof com.fasterxml.jackson.databind.node.ObjectNode object
                    && object.path("firstName").isTextual() && codePoints(object.get("firstName")) > 200) {
                object.put("firstName", "Minnie");
                return upstream.send(request.withBody("application/json", bytes(object)));
            }
            return upstream.send(request);
        });
    }

    @Test
    void ignoredAuthFailsAuthRequired() throws Exception {
        // A missing or unknown key is taken for the demo account's.
        onlyCheckFails("unipile", "auth_required", (request, upstream) ->
                String.valueOf(request.headers().get("X-API-KEY")).startsWith("unipile-") ? upstream.send(request)
                        : upstream.send(request.withHeader("X-API-KEY", org.contractfirst.reference.unipile.UnipileReference.DEMO_KEY)));
    }

    @Test
    void aBrokenRuleOfHttpIsAnHttpFindingNotAFailure() throws Exception {
        Target working = working("bird");
        BrokenServer.Fault withoutAllow = answering((request, response) -> response.status() == 405,
                response -> response.withoutHeader("Allow"));
        try (BrokenServer broken = new BrokenServer(working.baseUri(), withoutAllow)) {
            Target target = new Target(working.spec(), broken.baseUri(), working.credentials(), working.fixtures(), true, false);
            Recorder session = Conformance.runAll(target, withoutTransportRobustness());
            Report report = new Report(List.of(org.contractfirst.conformance.report.Coverage.of(session)), SEED);

            assertEquals(List.of(), session.failures());
            assertFalse(session.httpFindings().isEmpty(), "the 405 without Allow is an HTTP finding");
            assertTrue(session.httpFindings().stream().allMatch(finding -> finding.check().equals("unsupported_method")),
                    session.httpFindings()::toString);
            String markdown = new MarkdownRenderer().render(report);
            assertTrue(markdown.contains("### HTTP findings"), markdown);
        }
    }

    @Test
    void anAnsweredUndocumentedMethodFailsUnsupportedMethod() throws Exception {
        onlyCheckFails("bird", "unsupported_method", (request, upstream) -> request.method().equals("POST")
                ? BrokenServer.Response.of(200, "application/json", "{}") : upstream.send(request));
    }

    @Test
    void aSilentlyDroppedWriteFailsReadAfterWrite() throws Exception {
        onlyCheckFails("bird", "read_after_write", (request, upstream) -> {
            if (!request.method().equals("PATCH")) {
                return upstream.send(request);
            }
            BrokenServer.Response before = upstream.send(new BrokenServer.Request("GET", "/me", request.headers(), new byte[0]));
            BrokenServer.Response answer = upstream.send(request);
            if (answer.status() == 200) {
                upstream.send(request.withBody("application/json", restoring(request.body(), before.body())));
            }
            return answer;
        });
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
        onlyCheckFails("bird", "rejected_write_changes_nothing", (request, upstream) -> {
            BrokenServer.Response response = upstream.send(request);
            if (request.method().equals("PATCH") && response.status() == 422) {
                upstream.send(request.withBody("application/json", ("{\"bio\":\"changed " + System.nanoTime() + "\"}").getBytes()));
            }
            return response;
        });
    }

    @Test
    void aDeleteThatDoesNothingFailsUseAfterDelete() throws Exception {
        // A delete the server would do is answered, and not done.
        onlyFails("bird", "use_after_delete", "deleteProfile", (request, upstream) -> {
            if (!request.method().equals("DELETE")) {
                return upstream.send(request);
            }
            BrokenServer.Response exists = upstream.send(request.withMethod("GET"));
            return exists.status() == 200 ? BrokenServer.Response.of(202, null, "") : upstream.send(request);
        });
    }

    @Test
    void aServerErrorOnLongInputFailsNotAServerError() throws Exception {
        onlyCheckFails("circuit", "not_a_server_error", (request, upstream) -> request.pathAndQuery().length() + request.body().length > 2000
                && !String.valueOf(request.headers().get("Accept")).contains("xml")
                ? BrokenServer.Response.of(500, "application/json", "{\"code\":500,\"message\":\"boom\"}")
                : upstream.send(request));
    }

    @Test
    void anEmptyBodyWhereJsonIsDeclaredFailsResponseSchemaConformance() throws Exception {
        onlyFails("circuit", "response_schema_conformance", "getSupportInfo", answering(
                (request, response) -> request.pathAndQuery().startsWith("/rest/v2/users/supportinfo") && response.status() == 200,
                response -> new BrokenServer.Response(200, response.headers(), new byte[0])));
    }

    @Test
    void aChallengeOfAnotherSchemeFailsResponseHeadersConformance() throws Exception {
        onlyFails("zitadel", "response_headers_conformance", "getMyProfile", answering(
                (request, response) -> request.method().equals("GET") && response.status() == 401,
                response -> response.withHeader("WWW-Authenticate", "garbage")));
    }

    @Test
    void aHeaderValueOffItsSchemaFailsResponseHeadersConformance() throws Exception {
        onlyFails("circuit", "response_headers_conformance", "getProfile", answering(
                (request, response) -> request.pathAndQuery().startsWith("/rest/v2/users/profile") && response.status() == 503,
                response -> response.withHeader("Retry-After", "soon")));
    }

    @Test
    void aMethodNotAllowedWithoutAllowFailsUnsupportedMethod() throws Exception {
        onlyFails("bird", "unsupported_method", "getProfile", answering(
                (request, response) -> response.status() == 405,
                response -> response.withoutHeader("Allow")));
    }

    @Test
    void aMethodNotAllowedAllowingAnUndocumentedMethodFailsUnsupportedMethod() throws Exception {
        onlyFails("bird", "unsupported_method", "getProfile", answering(
                (request, response) -> response.status() == 405,
                response -> response.withHeader("Allow", "GET, PATCH, DELETE, PUT")));
    }

    @Test
    void aMethodNotAllowedAsAContainerPageFailsUnsupportedMethod() throws Exception {
        onlyFails("zitadel", "unsupported_method", "getMyProfile", answering(
                (request, response) -> response.status() == 405,
                response -> BrokenServer.Response.of(405, "text/html", "<html><body>405 Method Not Allowed</body></html>")
                        .withHeader("Allow", response.headers().get("Allow"))));
    }

    @Test
    void badInputRefusedAsUnauthenticatedFailsNegativeDataRejection() throws Exception {
        // ZITADEL's named notChanged refusal is a 400 too: example_refusals sees it turned 401 as well.
        List<Failure> failures = failures("zitadel", answering(
                (request, response) -> request.method().equals("PUT") && response.status() == 400 && !isSandbox(request),
                response -> response.withStatus(401).withHeader("WWW-Authenticate", "Bearer realm=\"zitadel\"")));
        assertTrue(failures.stream().anyMatch(failure -> failure.check().equals("negative_data_rejection")), failures::toString);
        FaultAssertions.onlyFails(failures.stream().filter(failure -> !failure.check().equals("example_refusals")).toList(),
                "negative_data_rejection", "updateMyProfile");
        assertTrue(failures.stream().filter(failure -> failure.check().equals("example_refusals"))
                .allMatch(failure -> failure.operation().startsWith("updateMyProfile (")), failures::toString);
    }

    @Test
    void aSchemaErrorAnsweredAsAnUnsupportedMediaTypeFailsNegativeDataRejection() throws Exception {
        // The documented unknownTimezone refusal is left as it is: it is example_refusals' to judge.
        onlyFails("bird", "negative_data_rejection", "updateProfile", answering(
                (request, response) -> request.method().equals("PATCH") && response.status() == 422 && !isSandbox(request)
                        && !new String(response.body(), java.nio.charset.StandardCharsets.UTF_8).contains("IANA"),
                response -> response.withStatus(415)));
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
            if (request.json() instanceof com.fasterxml.jackson.databind.node.ObjectNode patch
                    && fitsEither(patch.get("name")) && fitsEither(patch.get("bio"))) {
                var name = patch.get("name");
                patch.set("name", patch.get("bio"));
                patch.set("bio", name);
                return upstream.send(request.withBody(request.headers().get("Content-Type"), bytes(patch)));
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
    void aContainersOwnPageForAnUnreadableUrlWhereA400IsDocumentedFailsTransportRobustness() throws Exception {
        // The JDK's HTTP server refuses a '%' without two hex digits itself, with an HTML page: a container's page,
        // where ZITADEL documents its own 400 (where a spec documents none, the page is a spec finding instead).
        List<Failure> failures = failures("zitadel", (request, upstream) -> upstream.send(request),
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

    private static byte[] bytes(com.fasterxml.jackson.databind.JsonNode json) {
        return json.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static int codePoints(com.fasterxml.jackson.databind.JsonNode text) {
        return text.asText().codePointCount(0, text.asText().length());
    }

    @Test
    void anXmlListWithRenamedItemsFailsResponseSchemaConformance() throws Exception {
        onlyFails("circuit", "response_schema_conformance", "searchUser", answering(
                (request, response) -> request.pathAndQuery().startsWith("/rest/v2/users?") && response.status() == 200,
                response -> response.withBody(body -> body.replace("<user>", "<member>").replace("</user>", "</member>"))));
    }

    @Test
    void anXmlListWithoutItsWrapperFailsResponseSchemaConformance() throws Exception {
        // emailAddresses is wrapped: unwrapped, its items stand beside the primary emailAddress, a text.
        onlyFails("circuit", "response_schema_conformance", "getProfile", answering(
                (request, response) -> request.pathAndQuery().startsWith("/rest/v2/users/profile") && response.status() == 200,
                response -> response.withBody(body -> body.replace("<emailAddresses>", "").replace("</emailAddresses>", ""))));
    }

    @Test
    void aLengthThatOnlyThePatternIsCheckedForFailsNegativeDataRejection() throws Exception {
        // The timezone's pattern is checked, its maxLength of 64 is not: a long name the pattern allows is taken.
        onlyFails("bird", "negative_data_rejection", "updateProfile", (request, upstream) -> {
            com.fasterxml.jackson.databind.JsonNode patch = request.json();
            if (request.method().equals("PATCH") && patch instanceof com.fasterxml.jackson.databind.node.ObjectNode object
                    && object.path("timezone").isTextual() && codePoints(object.get("timezone")) > 64
                    && object.get("timezone").asText().matches("[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+){0,2}")) {
                object.put("timezone", "Europe/Amsterdam");
                return upstream.send(request.withBody("application/json", bytes(object)));
            }
            return upstream.send(request);
        });
    }

    @Test
    void aPatternThatOnlyTheLengthIsCheckedForFailsNegativeDataRejection() throws Exception {
        // The timezone's maxLength of 64 is checked, its pattern is not: a short name off the pattern is taken.
        onlyFails("bird", "negative_data_rejection", "updateProfile", (request, upstream) -> {
            if (request.method().equals("PATCH") && request.json() instanceof com.fasterxml.jackson.databind.node.ObjectNode object
                    && object.path("timezone").isTextual() && codePoints(object.get("timezone")) <= 64
                    && !object.get("timezone").asText().matches("[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+){0,2}")) {
                object.put("timezone", "Europe/Amsterdam");
                return upstream.send(request.withBody("application/json", bytes(object)));
            }
            return upstream.send(request);
        });
    }

    @Test
    void aNullTakenForAFieldThatIsNotNullableFailsNegativeDataRejection() throws Exception {
        onlyFails("bird", "negative_data_rejection", "updateProfile", (request, upstream) -> {
            com.fasterxml.jackson.databind.JsonNode patch = request.json();
            if (request.method().equals("PATCH") && patch instanceof com.fasterxml.jackson.databind.node.ObjectNode object
                    && object.path("bio").isNull()) {
                object.remove("bio");
                return upstream.send(request.withBody("application/json", bytes(object)));
            }
            return upstream.send(request);
        });
    }

    @Test
    void lengthsCountedInUtf16UnitsFailPositiveDataAcceptance() throws Exception {
        // A server counting UTF-16 units refuses 200 characters outside the BMP as 400 units, over firstName's 200.
        onlyFails("zitadel", "positive_data_acceptance", "updateMyProfile", (request, upstream) -> {
            com.fasterxml.jackson.databind.JsonNode profile = request.json();
            if (request.method().equals("PUT") && profile != null) {
                for (String field : List.of("firstName", "lastName", "displayName", "nickName")) {
                    if (profile.path(field).isTextual() && profile.get(field).asText().length() > 200) {
                        return BrokenServer.Response.of(400, "application/json",
                                "{\"code\":3,\"message\":\"" + field + ": too long\",\"details\":[]}");
                    }
                }
            }
            return upstream.send(request);
        });
    }

    @Test
    void aValueAtItsMaximumLengthRefusedFailsPositiveDataAcceptance() throws Exception {
        // An off-by-one: the name's maxLength is 255, the server takes fewer.
        onlyFails("bird", "positive_data_acceptance", "updateProfile", (request, upstream) -> {
            com.fasterxml.jackson.databind.JsonNode patch = request.json();
            return request.method().equals("PATCH") && patch != null && patch.path("name").isTextual()
                    && codePoints(patch.get("name")) == 255
                    ? BrokenServer.Response.of(422, "application/json", "{\"code\":\"validation_failed\",\"message\":"
                            + "\"Request validation failed\",\"details\":{\"name\":\"size must be between 1 and 254\"}}")
                    : upstream.send(request);
        });
    }

    @Test
    void aMissingRequiredQueryParameterTakenFailsNegativeDataRejection() throws Exception {
        // The server fills in account_id when it is missing, where Unipile requires it.
        onlyFails("unipile", "negative_data_rejection", "getAccountOwnerProfile", (request, upstream) ->
                request.method().equals("GET") && request.pathAndQuery().equals("/api/v1/users/me")
                        ? upstream.send(new BrokenServer.Request("GET", "/api/v1/users/me?account_id="
                                + org.contractfirst.reference.unipile.UnipileReference.LINKEDIN_ACCOUNT, request.headers(), request.body()))
                        : upstream.send(request));
    }

    @Test
    void anOversizedBodyTakenFailsNegativeDataRejection() throws Exception {
        // Bird documents 413 for a body over its limit; this server reads any size and ignores what it cannot use.
        onlyFails("bird", "negative_data_rejection", "updateProfile", (request, upstream) ->
                request.method().equals("PATCH") && request.body().length > 64 * 1024
                        ? upstream.send(request.withBody("application/json", "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        : upstream.send(request));
    }

    @Test
    void aMissingRequiredBodyTakenFailsNegativeDataRejection() throws Exception {
        // The server reads no body as the profile it has, where ZITADEL requires one.
        onlyFails("zitadel", "negative_data_rejection", "updateMyProfile", (request, upstream) ->
                request.method().equals("PUT") && request.body().length == 0 && !isSandbox(request)
                        ? upstream.send(request.withBody("application/json", ("{\"firstName\":\"Minnie\",\"lastName\":\"Mouse\","
                                + "\"displayName\":\"Minnie Mouse\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        : upstream.send(request));
    }

    @Test
    void aMultipartPartOutsideItsEnumTakenFailsNegativeDataRejection() throws Exception {
        // The part type must be LINKEDIN; this server takes any value as LINKEDIN.
        onlyFails("unipile", "negative_data_rejection", "editAccountOwnerProfile", (request, upstream) -> {
            String body = new String(request.body(), java.nio.charset.StandardCharsets.ISO_8859_1);
            return request.method().equals("PATCH") && body.contains("NOT_IN_THE_ENUM")
                    ? upstream.send(request.withBody(request.headers().get("Content-Type"),
                            body.replace("NOT_IN_THE_ENUM", "LINKEDIN").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)))
                    : upstream.send(request);
        });
    }

    @Test
    void anOptionalParameterRefusedFailsPositiveDataAcceptance() throws Exception {
        onlyFails("circuit", "positive_data_acceptance", "searchUsersList", (request, upstream) ->
                request.pathAndQuery().contains("returnFullUserInfo=")
                        && !String.valueOf(request.headers().get("Accept")).contains("xml")
                        ? BrokenServer.Response.of(400, "application/json", "{\"code\":400,\"message\":\"unknown parameter\"}")
                        : upstream.send(request));
    }

    @Test
    void anExpiredCredentialTakenFailsAuthRequired() throws Exception {
        onlyFails("bird", "auth_required", "getProfile", (request, upstream) ->
                request.method().equals("GET") && ("Bearer " + org.contractfirst.reference.bird.BirdReference.EXPIRED_TOKEN)
                        .equals(request.headers().get("Authorization"))
                        ? upstream.send(request.withHeader("Authorization", "Bearer " + org.contractfirst.reference.bird.BirdReference.DEMO_TOKEN))
                        : upstream.send(request));
    }

    @Test
    void aMalformedCredentialTakenFailsAuthRequired() throws Exception {
        // The server reads the first word after Bearer as the token, where a malformed header should be refused.
        onlyFails("zitadel", "auth_required", "getMyProfile", (request, upstream) -> {
            String authorization = String.valueOf(request.headers().get("Authorization"));
            return request.method().equals("GET") && authorization.startsWith("Bearer \"")
                    ? upstream.send(request.withHeader("Authorization", "Bearer " + org.contractfirst.reference.zitadel.ZitadelReference.DEMO_TOKEN))
                    : upstream.send(request);
        });
    }

    @Test
    void aHeadOfAnotherContentTypeFailsHeadLikeGet() throws Exception {
        onlyFails("zitadel", "head_like_get", "getMyProfile", (request, upstream) -> request.method().equals("HEAD")
                ? upstream.send(request).withHeader("Content-Type", "text/html") : upstream.send(request));
    }

    @Test
    void aHeadWhoseContentFollowsItsHeadersInASecondWriteFailsHeadLikeGet() throws Exception {
        try (SplitHeadServer split = new SplitHeadServer(working("bird").baseUri())) {
            FaultAssertions.onlyFails(failuresAt("bird", split.baseUri(), withoutTransportRobustness()),
                    "head_like_get", "getProfile");
        }
    }

    @Test
    void aServerThatTakesTheFirstTypeAnAcceptNamesWhateverItsWeightFailsContentNegotiation() throws Exception {
        // Circuit offers JSON and XML: the proxy asks for the first type the header names, its q-value ignored.
        onlyCheckFails("circuit", "content_negotiation", (request, upstream) -> {
            String accept = request.headers().get("Accept");
            return upstream.send(accept != null && accept.contains("q=")
                    ? request.withHeader("Accept", accept.split("[;,]")[0].trim()) : request);
        });
    }

    @Test
    void aHeadAnsweredWithAnotherStatusFailsHeadLikeGet() throws Exception {
        onlyFails("bird", "head_like_get", "getProfile", (request, upstream) -> request.method().equals("HEAD")
                ? BrokenServer.Response.of(204, null, "") : upstream.send(request));
    }

    @Test
    void anOptionsAllowingAnUndocumentedMethodFailsOptionsListsMethods() throws Exception {
        onlyFails("bird", "options_lists_methods", "getProfile", answering(
                (request, response) -> request.method().equals("OPTIONS"),
                response -> response.withHeader("Allow", "GET, PATCH, DELETE, PUT, OPTIONS")));
    }

    @Test
    void anOptionsThatFailsTheServerFailsOptionsListsMethods() throws Exception {
        onlyFails("zitadel", "options_lists_methods", "getMyProfile", (request, upstream) -> request.method().equals("OPTIONS")
                ? BrokenServer.Response.of(500, "application/json", "{\"code\":13,\"message\":\"internal\",\"details\":[]}")
                : upstream.send(request));
    }

    @Test
    void aLengthCountedInUtf16UnitsFailsPositiveDataAcceptanceOnALongField() throws Exception {
        // Bird's bio holds 1024 code points; this server counts UTF-16 units, so 1024 characters outside the BMP are "too long".
        onlyFails("bird", "positive_data_acceptance", "updateProfile", (request, upstream) -> {
            com.fasterxml.jackson.databind.JsonNode bio = request.method().equals("PATCH") && request.json() != null
                    ? request.json().path("bio") : com.fasterxml.jackson.databind.node.MissingNode.getInstance();
            return bio.isTextual() && bio.asText().length() > 1024
                    ? BrokenServer.Response.of(422, "application/json",
                    "{\"code\":\"validation_failed\",\"message\":\"bio: size must be between 0 and 1024\"}")
                    : upstream.send(request);
        });
    }

    @Test
    void aProfileUpdateThatChangesNothingAnsweredAsASuccessFailsExampleRefusals() throws Exception {
        // ZITADEL documents notChanged: the same profile PUT again is a 400. This server answers it as its last success.
        java.util.concurrent.atomic.AtomicReference<BrokenServer.Response> lastSuccess = new java.util.concurrent.atomic.AtomicReference<>();
        onlyFails("zitadel", "example_refusals", "updateMyProfile", (request, upstream) -> {
            BrokenServer.Response answer = upstream.send(request);
            if (request.method().equals("PUT") && answer.status() == 200) {
                lastSuccess.set(answer);
            }
            boolean notChanged = request.method().equals("PUT") && answer.status() == 400
                    && new String(answer.body(), java.nio.charset.StandardCharsets.UTF_8).contains("NotChanged");
            return notChanged && lastSuccess.get() != null ? lastSuccess.get() : answer;
        });
    }

    @Test
    void aPresenceWriteThatStoresAnotherStatusFailsReadAfterWriteThroughThePathThatNamesTheAnsweredUser() throws Exception {
        // The PUT's answer shows the status message sent; what is kept, and read by GET /users/{id}/presence, is another.
        List<Failure> failures = failures("circuit", (request, upstream) -> {
            String form = new String(request.body(), java.nio.charset.StandardCharsets.UTF_8);
            java.util.regex.Matcher sent = java.util.regex.Pattern.compile("statusMessage=([^&]+)").matcher(form);
            if (!request.method().equals("PUT") || !request.pathAndQuery().endsWith("/users/presence") || !sent.find()) {
                return upstream.send(request);
            }
            String written = java.net.URLDecoder.decode(sent.group(1), java.nio.charset.StandardCharsets.UTF_8);
            if (!written.startsWith("conformance-")) {
                // Only the marked writes are swapped: a status too long must still be refused.
                return upstream.send(request);
            }
            return upstream.send(request.withBody(request.headers().get("Content-Type"),
                            form.replace(sent.group(0), "statusMessage=stale").getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                    .withBody(body -> body.replace("\"stale\"", com.fasterxml.jackson.databind.node.TextNode.valueOf(written).toString())
                            .replace(">stale<", ">" + written + "<"));
        });
        FaultAssertions.onlyFails(failures, "read_after_write", "setUserPresence");
        assertTrue(failures.stream().allMatch(failure -> failure.expected().startsWith("getUserPresence")), failures::toString);
        assertTrue(failures.stream().anyMatch(failure -> failure.expected().contains("paired by the answered userId")),
                failures::toString);
    }

    @Test
    void anXmlAnswerThatLosesLettersBeyondAsciiFailsReadAfterWriteInXmlAlone() throws Exception {
        // Circuit answers JSON or XML: this one writes its XML as ASCII, each other letter a '?'; JSON comes whole.
        List<Failure> failures = failures("circuit", answering(
                (request, response) -> String.valueOf(response.headers().get("Content-Type")).contains("xml"),
                response -> response.withBody(body -> body.replaceAll("[^\\x00-\\x7F]", "?"))));
        FaultAssertions.onlyCheckFails(failures, "read_after_write");
        assertTrue(failures.stream().allMatch(failure -> failure.expected().contains(" in application/xml to show the value"
                + " written")), failures::toString);
    }

    @Test
    void aServerThatLostItsStatedHeaderLimitFailsTransportRobustness() throws Exception {
        // Bird states 96 KiB for the request line and headers and documents 431: the proxy drops the padding it is sent.
        List<Failure> failures = failures("bird", (request, upstream) -> upstream.send(
                request.headers().containsKey("X-Conformance-Padding") ? request.withHeader("X-Conformance-Padding", null)
                        : request), RunOptions.defaults(SEED));
        List<Failure> ours = failures.stream().filter(failure -> !failure.bodyStart().contains("<h1>400 Bad Request</h1>")).toList();
        FaultAssertions.onlyFails(ours, "transport_robustness", "getProfile");
        assertTrue(ours.stream().allMatch(failure -> failure.expected().startsWith("the documented 431 for a request past the"
                + " limit the spec states, not 200")), ours::toString);
    }

    @Test
    void aStackTraceForJsonThatIsNotUtf8FailsTransportRobustness() throws Exception {
        byte[] notUtf8 = {'{', '"', 'c', 'o', 'n', 'f', 'o', 'r', 'm', 'a', 'n', 'c', 'e', '"', ':', '"', (byte) 0xC3, 0x28, '"', '}'};
        List<Failure> failures = failures("bird", (request, upstream) -> java.util.Arrays.equals(request.body(), notUtf8)
                ? BrokenServer.Response.of(500, "text/plain", "java.nio.charset.MalformedInputException: Input length = 1\n\tat ...")
                : upstream.send(request), RunOptions.defaults(SEED));
        List<Failure> ours = failures.stream().filter(failure -> !failure.bodyStart().contains("<h1>400 Bad Request</h1>")).toList();
        FaultAssertions.onlyFails(ours, "transport_robustness", "updateProfile");
        assertTrue(ours.stream().allMatch(failure -> failure.expected().contains("not UTF-8")), ours::toString);
    }
}
