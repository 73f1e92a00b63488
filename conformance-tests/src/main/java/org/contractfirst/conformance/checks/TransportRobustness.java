package org.contractfirst.conformance.checks;

import org.contractfirst.conformance.http.Exchange;
import org.contractfirst.conformance.http.RawRequest;
import org.contractfirst.conformance.http.RawTransport;
import org.contractfirst.conformance.requests.RunContext;
import org.contractfirst.conformance.spec.ApiSpec;
import org.contractfirst.conformance.spec.Operation;
import org.contractfirst.conformance.spec.SizeLimits;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Requests no client should send, which every server must survive: an escape that is no escape and bytes that are
 * not UTF-8 in the path and the query, dot segments, a header field past any limit, and, where the operation takes
 * a body, one cut short, nested past any parser's depth, not UTF-8, of an undeclared type, without a type, and past
 * any size limit. Each gets an answer below 500, and a refusal comes in the API's error shape ({@link ErrorShapes});
 * an oversized request may also be refused by closing the connection before it is read, and a server may serve what
 * it can read (a dot segment removed, an unknown query parameter ignored). The URL and header probes run once per
 * path, with its first operation other than DELETE; the body probes on every operation that takes one, the oversized
 * body on the first only. Where the operation documents the refusal of a size (413, 414, 431) and states the limit
 * in its description ({@link SizeLimits}), the probe goes just past that limit (a request target too, for 414) and a
 * 2xx or 3xx to it is a failure: the server lost its limit, or keeps what it should refuse. A probe that fails the
 * server is judged against the same request without its defect: where that fails too, the defect is not the cause,
 * and {@code not_a_server_error} reports the plain request's failure.
 */
public final class TransportRobustness implements ScenarioCheck {

    /**
     * A request to send, what is wrong with it, whether it is wrong by its size alone, and the documented refusal of
     * the limit the spec states that it passes, where it passes one.
     */
    private record Probe(String description, RawRequest request, boolean oversized, Optional<Integer> refusal) {
        static Probe of(String description, RawRequest request) {
            return new Probe(description, request, false, Optional.empty());
        }

        /** A probe of {@code size} bytes, past the {@code stated} limit whose {@code refusal} is documented, if any. */
        static Probe bySize(String description, RawRequest request, int refusal, Optional<Long> stated, long size) {
            return new Probe(description, request, true, stated.filter(limit -> limit < size).map(limit -> refusal));
        }
    }

    private static final int OVERSIZED_HEADER = 128 * 1024;
    private static final int OVERSIZED_BODY = 16 * 1024 * 1024;
    /** The most a probe sized past a stated limit of the URL or the headers grows to: no larger limit is tried. */
    private static final long LARGEST_STATED_HEAD = 1024 * 1024;
    /** How far past a stated limit a probe goes. */
    private static final int PAST_THE_LIMIT = 1024;
    private static final int NESTING = 100_000;

    @Override
    public String name() {
        return "transport_robustness";
    }

    @Override
    public String code() {
        return "CF101";
    }

    @Override
    public String nothingToJudge() {
        return "no probe of the transport applies to this operation";
    }

    @Override
    public boolean appliesTo(ApiSpec spec, Operation operation) {
        // A DELETE that ignores what it cannot read deletes for good: its path is probed with another method.
        return !operation.method().equals("DELETE");
    }

    @Override
    public void run(RunContext context, Recorder recorder, Operation operation) {
        RawRequest valid = RawRequest.of(context.requests().render(context.requests().valid(operation)));
        List<Probe> probes = new ArrayList<>();
        boolean firstOnPath = context.spec().operationsOn(operation.path()).stream()
                .filter(other -> !other.method().equals("DELETE")).findFirst().orElseThrow() == operation;
        if (firstOnPath) {
            urlProbes(valid, probes);
            Optional<Long> headLimit = SizeLimits.stated(operation, 431);
            int header = pastTheLimit(headLimit, LARGEST_STATED_HEAD).orElse(OVERSIZED_HEADER);
            probes.add(Probe.bySize("an oversized header field of " + header + " bytes", valid.withHeader(
                    "X-Conformance-Padding", "a".repeat(header).getBytes(StandardCharsets.US_ASCII)), 431, headLimit, header));
            Optional<Long> targetLimit = SizeLimits.stated(operation, 414);
            pastTheLimit(targetLimit, LARGEST_STATED_HEAD).ifPresent(target -> probes.add(Probe.bySize(
                    "a request target of " + target + " bytes", valid.withTarget(longTarget(valid.targetText(), target)),
                    414, targetLimit, target)));
        }
        if (valid.body().length > 0) {
            bodyProbes(context, operation, valid, probes);
        }
        Exchange plain = null;
        for (Probe probe : probes) {
            Exchange exchange = recorder.sendRaw(probe.request());
            // RFC 9110 §15.5.14 and RFC 6585 §5: a server may close the connection on a request too large to take.
            boolean closedOnSize = probe.oversized() && exchange.problem().filter(RawTransport.CLOSED_WHILE_SENDING::equals)
                    .isPresent();
            if (!closedOnSize && failsAnyway(exchange)) {
                plain = plain != null ? plain : recorder.sendRaw(valid);
                if (failsAnyway(plain)) {
                    // The request without its defect fails the same way: the defect is not the cause.
                    continue;
                }
            }
            recorder.judge(this, operation, probe.request(), exchange, closedOnSize ? Optional.empty()
                    : servedPastTheLimit(probe, exchange).or(() -> verdict(context, recorder, operation, exchange))
                    .map(what -> what + " for " + probe.description()));
        }
    }

    /** A server error or no answer at all. */
    private static boolean failsAnyway(Exchange exchange) {
        return exchange.status() == 0 || exchange.status() >= 500;
    }

    private static void urlProbes(RawRequest valid, List<Probe> probes) {
        String target = valid.targetText();
        int query = target.indexOf('?');
        String path = query < 0 ? target : target.substring(0, query);
        String queryString = query < 0 ? "" : target.substring(query);
        String more = queryString.isEmpty() ? "?" : queryString + "&";
        probes.add(Probe.of("a '%' in the path not followed by two hex digits",
                valid.withTarget(path + "%zz" + queryString)));
        probes.add(Probe.of("an escaped byte sequence in the path that is not UTF-8",
                valid.withTarget(path + "%C3%28" + queryString)));
        probes.add(Probe.of("a '%' in the query not followed by two hex digits",
                valid.withTarget(path + more + "conformance=%zz")));
        probes.add(Probe.of("a raw byte in the query that is not UTF-8",
                valid.withTarget(path + more + "conformance=\u00ff")));
        probes.add(Probe.of("dot segments climbing above the base path", valid.withTarget("/../.." + target)));
        probes.add(Probe.of("escaped dot segments climbing above the path",
                valid.withTarget(path + "/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd" + queryString)));
    }

    private static void bodyProbes(RunContext context, Operation operation, RawRequest valid, List<Probe> probes) {
        byte[] body = valid.body();
        boolean json = valid.headers().containsKey("Content-Type") && new String(valid.headers().get("Content-Type"),
                StandardCharsets.ISO_8859_1).toLowerCase(java.util.Locale.ROOT).contains("json");
        probes.add(Probe.of("a body cut off halfway", valid.withBody(java.util.Arrays.copyOf(body, body.length / 2))));
        if (json) {
            probes.add(Probe.of("JSON nested " + NESTING + " arrays deep", valid.withBody(nested())));
            probes.add(Probe.of("JSON with bytes that are not UTF-8", valid.withBody(notUtf8Json())));
        }
        probes.add(Probe.of("a body of an undeclared media type", valid.withHeader("Content-Type",
                "application/x-conformance-undeclared".getBytes(StandardCharsets.US_ASCII))));
        probes.add(Probe.of("a body without a Content-Type", valid.withHeader("Content-Type", null)));
        boolean firstWithBody = context.spec().operations().stream().filter(other -> other.requestBody().isPresent()
                && !other.method().equals("DELETE") && context.requests().missingCredentials(other).isEmpty())
                .findFirst().orElse(null) == operation;
        if (firstWithBody) {
            Optional<Long> bodyLimit = SizeLimits.stated(operation, 413);
            int size = pastTheLimit(bodyLimit, OVERSIZED_BODY).orElse(OVERSIZED_BODY);
            byte[] oversized = new byte[size];
            java.util.Arrays.fill(oversized, (byte) ' ');
            System.arraycopy(body, 0, oversized, 0, Math.min(body.length, oversized.length));
            probes.add(Probe.bySize("an oversized body of " + size + " bytes", valid.withBody(oversized), 413, bodyLimit, size));
        }
    }

    /** A size just past the {@code stated} limit, where there is one no larger than {@code most}. */
    private static Optional<Integer> pastTheLimit(Optional<Long> stated, long most) {
        return stated.filter(limit -> limit + PAST_THE_LIMIT <= most)
                .map(limit -> (int) (limit + PAST_THE_LIMIT));
    }

    /** The target with a query parameter that makes it {@code length} bytes long. */
    private static String longTarget(String target, int length) {
        String padded = target + (target.contains("?") ? "&" : "?") + "conformance=";
        return padded + "a".repeat(Math.max(0, length - padded.length()));
    }

    private static byte[] nested() {
        ByteArrayOutputStream nested = new ByteArrayOutputStream(2 * NESTING);
        for (int i = 0; i < NESTING; i++) {
            nested.write('[');
        }
        for (int i = 0; i < NESTING; i++) {
            nested.write(']');
        }
        return nested.toByteArray();
    }

    private static byte[] notUtf8Json() {
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        json.writeBytes("{\"conformance\":\"".getBytes(StandardCharsets.US_ASCII));
        json.write(0xC3);
        json.write(0x28);
        json.writeBytes("\"}".getBytes(StandardCharsets.US_ASCII));
        return json.toByteArray();
    }

    /** A request past a limit the spec states and whose refusal it documents is refused with it, not served. */
    private static Optional<String> servedPastTheLimit(Probe probe, Exchange exchange) {
        return probe.refusal().filter(refusal -> exchange.status() >= 200 && exchange.status() < 400)
                .map(refusal -> "the documented " + refusal + " for a request past the limit the spec states, not "
                        + exchange.status());
    }

    private static Optional<String> verdict(RunContext context, Recorder recorder, Operation operation, Exchange exchange) {
        if (exchange.status() == 0) {
            return Optional.of("an answer, not " + exchange.problem().orElse("none"));
        }
        if (exchange.status() >= 500) {
            return Optional.of("a 4xx, not " + exchange.status());
        }
        if (exchange.status() >= 400) {
            return ErrorShapes.mismatch(context, recorder, operation, exchange).map(what -> "a " + exchange.status() + " with " + what);
        }
        return Optional.empty();
    }
}
