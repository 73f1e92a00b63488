package org.contractfirst.conformance.checks;

import org.contractfirst.conformance.http.Curl;
import org.contractfirst.conformance.http.Exchange;
import org.contractfirst.conformance.http.HttpRequest;
import org.contractfirst.conformance.http.HttpTransport;
import org.contractfirst.conformance.http.RawRequest;
import org.contractfirst.conformance.http.RawTransport;
import org.contractfirst.conformance.http.Redactor;
import org.contractfirst.conformance.http.RestAssuredReproducer;
import org.contractfirst.conformance.requests.Call;
import org.contractfirst.conformance.requests.RunContext;
import org.contractfirst.conformance.requests.RunOptions;
import org.contractfirst.conformance.requests.Target;
import org.contractfirst.conformance.spec.Operation;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What a run of checks against one target sends and finds: it sends requests over one kept-alive client, applies the
 * response checks to each answer as the request's {@link Intent} says, and keeps the failures (one per check,
 * operation and expectation, with a count), the spec findings, the steps that could not run or were skipped, the
 * operations not exercised, the documented cells exercised, and the counts of requests and checks. What the requests
 * are built from is its {@link RunContext}, which nothing recorded here changes.
 */
public final class Recorder {

    /** A documented response of an operation, as received: operation, status key and media type ("-" for none). */
    public record Cell(String operationId, String status, String mediaType) {
    }

    private final RunContext context;
    private final List<ResponseCheck> responseChecks;
    private final HttpTransport transport;
    private final RawTransport raw;
    private final Redactor redactor;
    private final Curl curl;
    private final RestAssuredReproducer restAssured;
    private final Map<String, Failure> failures = new LinkedHashMap<>();
    private final Map<String, SpecFinding> findings = new LinkedHashMap<>();
    private final List<StepError> errors = new ArrayList<>();
    private final Set<Cell> exercised = new LinkedHashSet<>();
    private final List<Skipped> skipped = new ArrayList<>();
    private final Map<Operation, String> notExercised = new LinkedHashMap<>();
    private int requestsSent;
    private int checksRun;
    private int judgements;
    private Instant deadline = Instant.MAX;

    /** A recorder of a run against {@code target}, whose identifier look-ups are requests of the run it records. */
    public Recorder(Target target, List<ResponseCheck> responseChecks, RunOptions options) {
        this.responseChecks = responseChecks.stream().filter(check -> options.runs(check.name())).toList();
        this.transport = new HttpTransport(options.connectTimeout(), options.readTimeout());
        this.raw = new RawTransport(options.connectTimeout(), options.readTimeout());
        this.context = new RunContext(target, options, (operation, call) -> send(operation, call, Intent.VALID));
        this.redactor = new Redactor(secrets(target));
        this.curl = new Curl(redactor, options.bodies());
        this.restAssured = new RestAssuredReproducer(redactor);
        target.spec().messages().forEach(message -> finding("spec-parses-cleanly", null, message));
        target.spec().conversion().ifPresent(note -> finding("spec-converted-from-swagger-2", null, note));
    }

    /**
     * Every credential of the target: the run's own, those of its fixtures ({@code token.<status>}, {@code
     * token.expired}), and the values of the headers every request carries, which let a request in as credentials do.
     */
    private static List<String> secrets(Target target) {
        List<String> secrets = new ArrayList<>(target.credentials().values());
        secrets.addAll(target.headers().values());
        target.fixtures().forEach((name, value) -> {
            if (name.startsWith("token.")) {
                secrets.add(value);
            }
        });
        return secrets;
    }

    /** What the run's requests are built from. */
    public RunContext context() {
        return context;
    }

    /** Sends a call of {@code operation} and applies the response checks to the answer. */
    public Exchange send(Operation operation, Call call, Intent intent) {
        return send(operation, context.requests().render(call), intent);
    }

    public Exchange send(Operation operation, HttpRequest request, Intent intent) {
        Exchange exchange = sendOnly(request);
        judgeAnswer(operation, exchange, intent);
        return exchange;
    }

    /** Applies the response checks to an answer of {@code operation}, however it was sent. */
    public void judgeAnswer(Operation operation, Exchange exchange, Intent intent) {
        Map<ResponseCheck, String> broken = new LinkedHashMap<>();
        for (ResponseCheck check : responseChecks) {
            checksRun++;
            try {
                check.verify(context, this, operation, exchange, intent).ifPresent(expected -> broken.put(check, expected));
            } catch (RuntimeException e) {
                error(check, operation, e);
            }
        }
        // One answer, one entry: under the first check it breaks (a 5xx under not_a_server_error), naming the others.
        broken.entrySet().stream().findFirst().ifPresent(primary -> {
            List<String> others = broken.keySet().stream().skip(1).map(Check::name).toList();
            fail(primary.getKey(), operation, exchange, others.isEmpty() ? primary.getValue()
                    : primary.getValue() + " (the same answer also breaks " + String.join(", ", others) + ")");
        });
        operation.documentedKey(exchange.status()).ifPresent(status -> exercised.add(new Cell(operation.operationId(), status,
                exchange.hasBody() ? exchange.mediaType() : "-")));
    }

    /** Thrown by a request the run's time limit no longer allows: the step it belongs to stops there. */
    public static final class OutOfTime extends RuntimeException {
        OutOfTime() {
            super("the run's time limit was reached", null, false, false);
        }
    }

    /** The time after which no request of the run is sent ({@code --max-time}). */
    public void deadline(Instant last) {
        deadline = last;
    }

    public boolean pastDeadline() {
        return Instant.now().isAfter(deadline);
    }

    /** Sends a request no operation describes (an undocumented method), with no response check. */
    public Exchange sendOnly(HttpRequest request) {
        counted();
        return transport.send(context.target().baseUri(), withTargetHeaders(request));
    }

    /** Sends a request of bytes, over a connection of its own, with no response check. */
    public Exchange sendRaw(RawRequest request) {
        counted();
        return raw.send(context.target().baseUri(), withTargetHeaders(request));
    }

    /** Counts a request about to be sent; none is sent after the run's time limit. */
    private void counted() {
        if (pastDeadline()) {
            throw new OutOfTime();
        }
        requestsSent++;
    }

    /**
     * The request with the target's own headers where it sets none of that name: a header a check sets on purpose
     * (a wrong Content-Type, a wrong credential) is left as the check wrote it.
     */
    private HttpRequest withTargetHeaders(HttpRequest request) {
        HttpRequest sent = request;
        for (Map.Entry<String, String> header : context.target().headers().entrySet()) {
            if (sent.header(header.getKey()).isEmpty()) {
                sent = sent.withHeader(header.getKey(), header.getValue());
            }
        }
        return sent;
    }

    private RawRequest withTargetHeaders(RawRequest request) {
        RawRequest sent = request;
        for (Map.Entry<String, String> header : context.target().headers().entrySet()) {
            if (!sent.headers().containsKey(header.getKey())) {
                sent = sent.withHeader(header.getKey(), header.getValue().getBytes(StandardCharsets.UTF_8));
            }
        }
        return sent;
    }

    /** Records that a check judged an exchange; {@code expected} is empty when it conforms. */
    public void judge(Check check, Operation operation, Exchange exchange, Optional<String> expected) {
        checksRun++;
        judgements++;
        expected.ifPresent(what -> fail(check, operation, exchange, what));
    }

    /** Records that a check judged the answer to a request of bytes. */
    public void judge(Check check, Operation operation, RawRequest request, Exchange exchange, Optional<String> expected) {
        checksRun++;
        judgements++;
        expected.ifPresent(what -> fail(check, operation, exchange, () -> curl.of(context.target().baseUri(),
                withTargetHeaders(request)), () -> "", what));
    }

    private void fail(Check check, Operation operation, Exchange exchange, String expected) {
        fail(check, operation, exchange, () -> curl.of(context.target().baseUri(), exchange.request()), () -> restAssured.of(
                context.target().baseUri(), exchange.request(), context.target().spec().location(), check.name(), operation.operationId(),
                expected), expected);
    }

    /** Counts a failure seen before; describes a new one, its reproducers written only then. */
    private void fail(Check check, Operation operation, Exchange exchange, Supplier<String> reproduce,
                      Supplier<String> restAssuredMethod, String expected) {
        String shown = redactor.redact(expected);
        String key = Failure.key(check.name(), operation.toString(), shown);
        Failure seen = failures.get(key);
        failures.put(key, seen != null ? seen.again() : new Failure(check.name(), check.code(), check.rulebook(),
                context.target().spec().name(), operation.toString(), reproduce.get(), restAssuredMethod.get(), exchange.status(),
                redactor.redact(exchange.problem().orElse(exchange.bodyStart())), shown, 1));
    }

    /** Records a gap of the spec, once per rule and operation. */
    public void finding(String rule, Operation operation, String message) {
        String where = operation == null ? "(the spec)" : operation.toString();
        findings.putIfAbsent(rule + "\u0000" + where + "\u0000" + message,
                new SpecFinding(rule, context.target().spec().name(), where, message));
    }

    /** Records that a step could not run, with its stack, and lets the run go on. */
    public void error(Check check, Operation operation, Throwable problem) {
        StringWriter stack = new StringWriter();
        problem.printStackTrace(new PrintWriter(stack));
        errors.add(new StepError(check.name(), context.target().spec().name(), operation == null ? "" : operation.toString(),
                String.valueOf(problem), stack.toString()));
    }

    /** What the OpenAPI document forbids and the server did: these fail the run. */
    public List<Failure> failures() {
        return failures.values().stream().filter(Failure::failsByDefault).toList();
    }

    /** What a rule of HTTP that the document does not state forbids and the server did: these fail a strict run. */
    public List<Failure> httpFindings() {
        return failures.values().stream().filter(failure -> !failure.failsByDefault()).toList();
    }

    public List<SpecFinding> findings() {
        return List.copyOf(findings.values());
    }

    public List<StepError> errors() {
        return List.copyOf(errors);
    }

    public Set<Cell> exercised() {
        return exercised;
    }

    public int requestsSent() {
        return requestsSent;
    }

    public int checksRun() {
        return checksRun;
    }

    /** How many verdicts the scenario checks have given (a step that gives none judged nothing). */
    public int judgements() {
        return judgements;
    }

    /** How many requests have failed each way so far, to tell what a step added. */
    public Map<String, Integer> failureCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        failures.forEach((key, failure) -> counts.put(key, failure.count()));
        return counts;
    }

    /**
     * The failures and HTTP findings that grew since {@code before} (a {@link #failureCounts()}), each counted by what
     * it grew.
     */
    public List<Failure> failuresSince(Map<String, Integer> before) {
        List<Failure> added = new ArrayList<>();
        failures.forEach((key, failure) -> {
            int earlier = before.getOrDefault(key, 0);
            if (failure.count() > earlier) {
                added.add(failure.times(failure.count() - earlier));
            }
        });
        return added;
    }

    /**
     * Records that a step did not run, or ran and could judge nothing, and why (a stateful check against a stateless
     * target; a write that no read pairs with).
     */
    public void skip(Check check, Operation operation, String reason) {
        skipped.add(new Skipped(check.name(), operation.toString(), reason));
    }

    public List<Skipped> skipped() {
        return List.copyOf(skipped);
    }

    /**
     * Records that the run could not reach what an operation does, and why, with what would reach it (a fixture, a
     * credential): the operation is <em>not exercised</em>, which is neither a failure nor a finding. The first
     * reason an operation gets is kept.
     */
    public void notExercised(Operation operation, String reason) {
        notExercised.putIfAbsent(operation, reason);
    }

    /** Why the run could not reach an operation, where it could not. */
    public Optional<String> notExercised(Operation operation) {
        return Optional.ofNullable(notExercised.get(operation));
    }

    /** A step that did not run, and why. */
    public record Skipped(String check, String operation, String reason) {
    }
}
