package org.contractfirst.conformance;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A run of checks against one target: it sends requests, applies every response check to each answer, and keeps
 * the failures, the count of requests and checks, and which documented (status, media type) cells were exercised.
 */
public final class Session {

    /** A documented response of an operation, as received: operation, status and media type ("-" for none). */
    public record Cell(String operationId, String status, String mediaType) {
    }

    private final Target target;
    private final Requests requests;
    private final List<ResponseCheck> responseChecks;
    private final Random random;
    private final List<Failure> failures = new ArrayList<>();
    private final Set<Cell> exercised = new LinkedHashSet<>();
    private int requestsSent;
    private int checksRun;

    public Session(Target target, List<ResponseCheck> responseChecks, long seed) {
        this.target = target;
        this.requests = new Requests(target);
        this.responseChecks = responseChecks;
        this.random = new Random(seed);
    }

    public Target target() {
        return target;
    }

    public ApiSpec spec() {
        return target.spec();
    }

    public Requests requests() {
        return requests;
    }

    /** The source of every random choice of the run, seeded from {@code -Dconformance.seed}. */
    public Random random() {
        return random;
    }

    /** A value that no server holds yet, from the session's seed. */
    public String marker() {
        return "conformance-" + Long.toString(random.nextLong() & Long.MAX_VALUE, 36);
    }

    /** Sends a request of {@code endpoint} and applies every response check to the answer. */
    public Exchange send(ApiSpec.Endpoint endpoint, HttpRequest request) {
        return send(endpoint, request, false);
    }

    /** Sends a request made to fail (a sandbox credential), judged by the response checks that judge such failures. */
    public Exchange sendProvokingFailure(ApiSpec.Endpoint endpoint, HttpRequest request) {
        return send(endpoint, request, true);
    }

    private Exchange send(ApiSpec.Endpoint endpoint, HttpRequest request, boolean provoked) {
        Exchange exchange = sendOnly(request);
        for (ResponseCheck check : responseChecks) {
            if (provoked && !check.judgesProvokedFailures()) {
                continue;
            }
            checksRun++;
            check.verify(spec(), endpoint, exchange).ifPresent(expected -> fail(check, endpoint, exchange, expected));
        }
        spec().documentedStatus(endpoint, exchange.status()).ifPresent(documented -> exercised.add(new Cell(
                endpoint.operationId(), documented, exchange.body().isEmpty() ? "-" : exchange.mediaType())));
        return exchange;
    }

    /** Sends a request that belongs to no operation (an undocumented method), with no response check. */
    public Exchange sendOnly(HttpRequest request) {
        requestsSent++;
        return request.send(target.baseUri());
    }

    /** Records that a check judged an exchange; {@code expected} is empty when it conforms. */
    public void judge(Check check, ApiSpec.Endpoint endpoint, Exchange exchange, java.util.Optional<String> expected) {
        checksRun++;
        expected.ifPresent(what -> fail(check, endpoint, exchange, what));
    }

    private void fail(Check check, ApiSpec.Endpoint endpoint, Exchange exchange, String expected) {
        failures.add(new Failure(check.name(), spec().name(), endpoint.toString(),
                exchange.request().curl(target.baseUri()), exchange.status(), exchange.bodyStart(), expected));
    }

    public List<Failure> failures() {
        return failures;
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
}
