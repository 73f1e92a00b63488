package org.contractfirst.conformance;

import org.contractfirst.conformance.report.MarkdownRenderer;
import org.contractfirst.conformance.checks.Failure;
import org.contractfirst.conformance.checks.PositiveDataAcceptance;
import org.contractfirst.conformance.checks.Recorder;
import org.contractfirst.conformance.report.Coverage;
import org.contractfirst.conformance.report.Report;
import org.contractfirst.conformance.requests.Credentials;
import org.contractfirst.conformance.requests.RunOptions;
import org.contractfirst.conformance.requests.Target;
import org.contractfirst.conformance.spec.ApiSpec;
import org.contractfirst.conformance.spec.Operation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Servers that are right in ways real servers are, and that a suite raising false alarms gets wrong: a CRUD API
 * whose ids the server makes, a computation named by its path, a secured operation that documents its refusal only
 * as a 400 and a default, an environment that refuses every caller. On each the suite reports no failure; on each
 * broken twin (a proxy in front of the right server that breaks one thing) the check made for the fault fails, on
 * the operation it breaks, and nothing else does. {@code transport_robustness} is left out: the JDK's HTTP server
 * these run on refuses unreadable URLs with a page of its own.
 */
class RealWorldShapesTest {

    private static final long SEED = 42;
    private static final BigDecimal LARGE = BigDecimal.valueOf(1_000_000_000);
    /** Where x and y stand among the segments of {@code /calc/{op}/{x}/{y}}. */
    private static final int X = 3;
    private static final int Y = 4;

    private static final Map<String, ApiSpec> SPECS = new HashMap<>();

    private static Recorder check(ApiSpec spec, URI base, Credentials credentials) {
        RunOptions defaults = RunOptions.defaults(SEED);
        RunOptions options = new RunOptions(SEED, defaults.maxRequestsPerOperation(), Set.of(), Set.of("transport_robustness"),
                defaults.strict(), defaults.connectTimeout(), defaults.readTimeout(), null);
        Recorder session = Conformance.runAll(new Target(spec, base, credentials, Map.of(), true, false), options);
        session.failures().forEach(failure -> System.out.println(failure + "\n"));
        return session;
    }

    /** The spec at {@code path}, read once for all the tests; the API's name is its file name without the extension. */
    private static ApiSpec spec(String path) {
        return SPECS.computeIfAbsent(path, file -> {
            String name = file.substring(file.lastIndexOf('/') + 1);
            return ApiSpec.read(name.substring(0, name.lastIndexOf('.')), file);
        });
    }

    /**
     * Asserts that the suite finds no failure on {@code api}, and that each of its steps ran to its end; returns what
     * the run found.
     */
    private static Coverage passes(String spec, JsonApiServer.Api api, Credentials credentials) throws Exception {
        return passes(spec(spec), api, credentials);
    }

    private static Coverage passes(ApiSpec spec, JsonApiServer.Api api, Credentials credentials) throws Exception {
        try (JsonApiServer server = new JsonApiServer(api)) {
            Recorder session = check(spec, server.baseUri(), credentials);
            assertEquals(List.of(), session.failures());
            assertEquals(List.of(), session.errors());
            return Coverage.of(session);
        }
    }

    /** The failures of the suite against {@code api} behind {@code fault}. */
    private static List<Failure> failuresBehind(String spec, JsonApiServer.Api api, BrokenServer.Fault fault) throws Exception {
        try (JsonApiServer server = new JsonApiServer(api); BrokenServer broken = new BrokenServer(server.baseUri(), fault)) {
            return check(spec(spec), broken.baseUri(), Credentials.none()).failures();
        }
    }

    @Test
    void aCrudApiWhoseIdsTheServerMakesPassesEveryCheck() throws Exception {
        Coverage orders = passes(OrdersApi.SPEC, new OrdersApi(), Credentials.none());

        // The ids come from the API's own answers (the POST's), so every operation is reached with a 2xx.
        assertEquals(List.of(), orders.notExercised());
    }

    @Test
    void aLookupThatKeepsDeletedOrdersFailsUseAfterDelete() throws Exception {
        // A soft delete whose lookup forgets the flag: the DELETE is answered 204, and the order is still read as it was.
        Map<String, BrokenServer.Response> deleted = new HashMap<>();
        List<Failure> failures = failuresBehind(OrdersApi.SPEC, new OrdersApi(), (request, upstream) -> {
            if (request.method().equals("GET") && deleted.containsKey(request.pathAndQuery())) {
                return deleted.get(request.pathAndQuery());
            }
            if (!request.method().equals("DELETE")) {
                return upstream.send(request);
            }
            BrokenServer.Response before = upstream.send(request.withMethod("GET"));
            BrokenServer.Response answer = upstream.send(request);
            if (answer.status() == 204) {
                deleted.put(request.pathAndQuery(), before);
            }
            return answer;
        });
        FaultAssertions.onlyFails(failures, "use_after_delete", "deleteOrder");
    }

    @Test
    void anIdThatOnlyALinkToAResponseHeaderGivesIsTakenFromIt() throws Exception {
        Coverage signups = passes(SignupsApi.SPEC, new SignupsApi(), Credentials.none());

        // The account's path shares nothing with the signup's: only the link says the header's value is its id.
        assertEquals(List.of(), signups.notExercised());
    }

    @Test
    void anIdThatACreateAnswersOnlyInAHeaderNamedForItIsTakenFromIt() throws Exception {
        // POST /accounts answers the new account's id in X-Account-Id alone: no body, no Location, no link.
        UnaryOperator<String> withoutLink = text -> text.replace("/signups:", "/accounts:")
                .replaceAll("(?s)\n {10}links:.*?X-Account-Id\n", "\n");
        assertFalse(withoutLink.apply(Files.readString(Path.of(SignupsApi.SPEC))).contains("links:"));

        Coverage accounts = passes(SpecVariants.of(SignupsApi.SPEC, "accounts", withoutLink), new SignupsApi("accounts"),
                Credentials.none());

        assertEquals(List.of(), accounts.notExercised());
    }

    @Test
    void anOrderStoreThatFailsOnOneStatusIsFoundWithoutRandomDraws() throws Exception {
        // No draw at random: only a run that sends every enum value, not its first, last and one more, reaches it.
        try (JsonApiServer server = new JsonApiServer(new OrdersApi()); BrokenServer broken = new BrokenServer(server.baseUri(),
                crashingWhen(request -> request.method().equals("POST") && new String(request.body(), StandardCharsets.UTF_8)
                        .contains("\"status\":\"shipped\"")))) {
            Recorder session = Conformance.runAll(new Target(spec(OrdersApi.SPEC), broken.baseUri(),
                    Credentials.none(), Map.of(), true, false), new RunOptions(SEED, 0, Set.of("positive_data_acceptance", "not_a_server_error"),
                    Set.of(), false, RunOptions.defaults(SEED).connectTimeout(), RunOptions.defaults(SEED).readTimeout(), null));

            FaultAssertions.onlyFails(session.failures(), "not_a_server_error", "createOrder");
        }
    }

    @Test
    void aComputationNamedByItsPathPassesEveryCheck() throws Exception {
        passes(CalcApi.SPEC, new CalcApi(), Credentials.none());
    }

    @Test
    void aCalculatorThatFailsOnLargeNumbersFailsNotAServerErrorOnly() throws Exception {
        // Arithmetic in a type too small, unguarded: an operand of a billion or more in magnitude crashes the GET.
        List<Failure> failures = failuresBehind(CalcApi.SPEC, new CalcApi(), crashingWhen(request ->
                request.method().equals("GET") && java.util.stream.Stream.of(X, Y).flatMap(at -> operand(request.pathAndQuery(),
                        at).stream()).anyMatch(operand -> operand.abs().compareTo(LARGE) >= 0)));
        FaultAssertions.onlyFails(failures, "not_a_server_error", "calculate");
    }

    @Test
    void aCalculatorThatFailsInsideItsRangeIsFoundByOperandsDrawnAcrossIt() throws Exception {
        // A fault no bound, edge or example reaches: only path parameters drawn anywhere in their range find it.
        BigDecimal half = BigDecimal.valueOf(500_000_000);
        List<Failure> failures = failuresBehind(CalcApi.SPEC, new CalcApi(), crashingWhen(request ->
                request.method().equals("GET") && operand(request.pathAndQuery(), X)
                        .filter(x -> x.signum() > 0 && x.compareTo(half) < 0).isPresent()));
        FaultAssertions.onlyFails(failures, "not_a_server_error", "calculate");
    }

    /** A fault that answers 500 to the requests {@code when} picks and passes the others on. */
    private static BrokenServer.Fault crashingWhen(java.util.function.Predicate<BrokenServer.Request> when) {
        return (request, upstream) -> when.test(request) ? BrokenServer.Response.of(500, "text/plain", "Internal Server Error")
                : upstream.send(request);
    }

    /** The operand at segment {@code at} of {@code /calc/{op}/{x}/{y}}, decoded, where it is a number ({@code -1E%2B9} is one). */
    private static Optional<BigDecimal> operand(String path, int at) {
        String[] segments = path.split("/");
        return segments.length != 5 ? Optional.empty()
                : number(URLDecoder.decode(segments[at].replace("+", "%2B"), StandardCharsets.UTF_8));
    }

    private static Optional<BigDecimal> number(String text) {
        try {
            return Optional.of(new BigDecimal(text));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    @Test
    void aResourceThatIsABareNumberPassesEveryCheck() throws Exception {
        passes(ThermostatApi.SPEC, new ThermostatApi(), Credentials.none());
    }

    @Test
    void aRepeatedPutOfABareNumberThatRaisesItFailsPutIsIdempotent() throws Exception {
        // The same PUT again nudges the target up by one: no field to compare, the whole number read back is the effect.
        Map<String, String> last = new HashMap<>();
        List<Failure> failures = failuresBehind(ThermostatApi.SPEC, new ThermostatApi(), (request, upstream) -> {
            if (!request.method().equals("PUT")) {
                return upstream.send(request);
            }
            String body = new String(request.body(), StandardCharsets.UTF_8).trim();
            boolean again = body.equals(last.put(request.pathAndQuery(), body)) && body.matches("[0-9]+");
            return upstream.send(again ? request.withBody("application/json",
                    Integer.toString(Math.min(Integer.parseInt(body) + 1, 30)).getBytes(StandardCharsets.UTF_8)) : request);
        });
        FaultAssertions.onlyFails(failures, "put_is_idempotent", "setTarget");
    }

    @Test
    void aMultipartBodyWithAJsonPartPassesEveryCheck() throws Exception {
        passes(DocumentsApi.SPEC, new DocumentsApi(DocumentsApi.Fault.NONE), Credentials.none());
    }

    @Test
    void aJsonPartOfNullTakenAsAnEmptyDocumentFailsNegativeDataRejection() throws Exception {
        try (JsonApiServer server = new JsonApiServer(new DocumentsApi(DocumentsApi.Fault.TAKES_NULL))) {
            List<Failure> failures = check(spec(DocumentsApi.SPEC), server.baseUri(), Credentials.none()).failures();
            FaultAssertions.onlyFails(failures, "negative_data_rejection", "uploadDocument");
            assertTrue(failures.stream().allMatch(failure -> failure.expected().contains("metadata null")), failures::toString);
        }
    }

    @Test
    void aMinLengthCountedInUtf16UnitsFailsNegativeDataRejectionOnATitleOfCharactersOutsideTheBmp() throws Exception {
        try (JsonApiServer server = new JsonApiServer(new DocumentsApi(DocumentsApi.Fault.COUNTS_UTF16_UNITS))) {
            List<Failure> failures = check(spec(DocumentsApi.SPEC), server.baseUri(), Credentials.none()).failures();
            FaultAssertions.onlyFails(failures, "negative_data_rejection", "uploadDocument");
            assertTrue(failures.stream().allMatch(failure -> failure.expected().contains("outside the Basic Multilingual Plane")),
                    failures::toString);
        }
    }

    @Test
    void aSecuredOperationThatDocumentsItsRefusalAsA400AndADefaultPassesEveryCheck() throws Exception {
        // The spec finding that the refusal is undocumented is expected: it is the spec's gap, not the server's failure.
        passes(ReportsApi.SPEC, new ReportsApi(), Credentials.of(ReportsApi.TOKEN));
    }

    @Test
    void anEnvironmentThatRefusesEveryCallerWithTheDocumented403IsNoFailure() throws Exception {
        // Nothing the API does is seen, so nothing it does can be wrong: the run exercises nothing but the 403.
        Coverage accounts = passes(RefusingEnvironment.SPEC, new RefusingEnvironment(), Credentials.none());

        assertEquals(List.of(), accounts.httpFindings());
        assertEquals(3, accounts.notExercised().size(), accounts.notExercised()::toString);
        assertTrue(accounts.notExercised().stream().allMatch(operation -> operation.why()
                .startsWith(PositiveDataAcceptance.CALLER_REFUSED + "403 (documented)")), accounts.notExercised()::toString);
        // One fact of the environment is one line of the report, naming every operation it kept out of reach.
        String markdown = new MarkdownRenderer().render(new Report(List.of(accounts), SEED));
        List<String> lines = markdown.lines().filter(line -> line.startsWith("- every valid request was refused")).toList();
        assertEquals(1, lines.size(), markdown);
        assertTrue(lines.get(0).contains("listAccounts") && lines.get(0).contains("createAccount")
                && lines.get(0).contains("getAccount"), lines.get(0));
        assertTrue(markdown.contains("| getAccount (GET /accounts/{accountId}) | no: every valid request was refused"), markdown);
    }

    @Test
    void malformedJsonRefusedWith400WhereOnlyA422IsDocumentedIsNoFailure() throws Exception {
        // The spec documents 422 for a book it cannot take; the server refuses what it cannot parse at all with 400,
        // as HTTP has it, before the spec's validation runs.
        ApiSpec only422 = ShelfServer.variant(text -> text.replaceFirst("'400':", "'422':"));
        try (ShelfServer shelf = new ShelfServer()) {
            List<Failure> failures = shelf.failuresBehind(only422, (request, upstream) -> {
                BrokenServer.Response answer = upstream.send(request);
                boolean create = request.method().equals("POST") && request.pathAndQuery().endsWith("/books");
                return create && answer.status() == 400 && !new String(answer.body()).contains("not JSON")
                        ? answer.withStatus(422) : answer;
            });

            assertEquals(List.of(), failures);
        }
    }

    @Test
    void anIdNobodyIssuedAnsweredWithTheDocumented404IsNotExercisedNamingTheFixture() throws Exception {
        // A lookup no operation of the API feeds: only a fixture can name an order that exists.
        ApiSpec lookupOnly = spec(OrdersApi.SPEC);
        try (JsonApiServer server = new JsonApiServer(new OrdersApi())) {
            BrokenServer.Fault noCreate = (request, upstream) -> request.method().equals("POST") || request.pathAndQuery()
                    .equals("/orders") ? BrokenServer.Response.of(503, "application/json", "{\"code\":\"closed\",\"message\":\"closed\"}")
                    : upstream.send(request);
            try (BrokenServer closed = new BrokenServer(server.baseUri(), noCreate)) {
                Recorder session = Conformance.runAll(new Target(lookupOnly, closed.baseUri(), Credentials.none(), Map.of(),
                        false, false), new RunOptions(SEED, 2, Set.of("positive_data_acceptance"), Set.of(), false,
                        RunOptions.defaults(SEED).connectTimeout(), RunOptions.defaults(SEED).readTimeout(), null));
                Operation getOrder = lookupOnly.operations().stream().filter(operation -> operation.operationId()
                        .equals("getOrder")).findFirst().orElseThrow();

                assertTrue(session.failures().stream().noneMatch(failure -> failure.operation().startsWith("getOrder")),
                        session.failures()::toString);
                assertEquals(Optional.of("needs an existing orderId: no operation of the API issued one (give --fixture"
                        + " orderId=...)"), session.notExercised(getOrder));
            }
        }
    }

    @Test
    void discriminatorsByMappingAndConstInternationalMailboxesBase64AndFloatsPassEveryCheck() throws Exception {
        passes(AnimalsApi.SPEC, new AnimalsApi(), Credentials.none());
    }

    @Test
    void aKindThatSelectsNoSchemaFailsResponseSchemaConformanceOnly() throws Exception {
        FaultAssertions.onlyFails(failuresBehind(AnimalsApi.SPEC, new AnimalsApi(), listed(body ->
                body.replace("\"kind\":\"dog\"", "\"kind\":\"bird\""))), "response_schema_conformance", "listAnimals");
    }

    @Test
    void aPhotoThatIsNotBase64FailsResponseSchemaConformanceOnly() throws Exception {
        FaultAssertions.onlyFails(failuresBehind(AnimalsApi.SPEC, new AnimalsApi(), listed(body ->
                body.replace("c2FtcGxl", "not base64!"))), "response_schema_conformance", "listAnimals");
    }

    @Test
    void aWeightBeyondAFloatFailsResponseSchemaConformanceOnly() throws Exception {
        FaultAssertions.onlyFails(failuresBehind(AnimalsApi.SPEC, new AnimalsApi(), listed(body ->
                body.replace("31.5", "3.5E+38"))), "response_schema_conformance", "listAnimals");
    }

    /** A fault in the list of animals alone: its body changed by {@code change}. */
    private static BrokenServer.Fault listed(java.util.function.UnaryOperator<String> change) {
        return (request, upstream) -> request.method().equals("GET") && request.pathAndQuery().equals("/animals")
                ? upstream.send(request).withBody(change) : upstream.send(request);
    }

    @Test
    void aRefusalInAShapeTheSpecNeverPromisedForItsStatusIsASpecFindingNotAFailure() throws Exception {
        // The JDK's server refuses an unreadable URL with its own HTML page; no operation of Animals documents a 400.
        try (JsonApiServer server = new JsonApiServer(new AnimalsApi())) {
            Recorder session = Conformance.runAll(new Target(spec(AnimalsApi.SPEC), server.baseUri(),
                    Credentials.none(), Map.of(), true, false), new RunOptions(SEED, 2, Set.of("transport_robustness"),
                    Set.of(), false, RunOptions.defaults(SEED).connectTimeout(), RunOptions.defaults(SEED).readTimeout(), null));

            assertEquals(List.of(), session.failures());
            assertTrue(session.findings().stream().anyMatch(finding -> finding.rule().equals("refusals-documented")
                    && finding.message().startsWith("answers an undocumented 400 in no error shape the spec documents")),
                    session.findings()::toString);
        }
    }
}
