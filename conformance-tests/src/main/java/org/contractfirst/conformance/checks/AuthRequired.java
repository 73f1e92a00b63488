package org.contractfirst.conformance.checks;

import org.contractfirst.conformance.http.Exchange;
import org.contractfirst.conformance.requests.Call;
import org.contractfirst.conformance.requests.RunContext;
import org.contractfirst.conformance.spec.ApiSpec;
import org.contractfirst.conformance.spec.Operation;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A secured operation called without credentials, with a wrong one, a malformed one, and an expired one where the
 * target names it (fixture {@value #EXPIRED}), is refused: with its documented 401 (or a documented 403), in each
 * media type the 401 documents; a malformed one may get the documented 400 instead (RFC 6750 §3.1), and a DELETE of
 * what does not exist its documented 404 ({@link SafeDeletes}). Where the spec documents neither, any refusal passes
 * (a documented 400 too) and the spec finding says the refusal is undocumented; a success is a failure either way,
 * since the spec requires the credential.
 */
public final class AuthRequired implements ScenarioCheck {

    /** The fixture naming a credential that was valid once and has expired. */
    public static final String EXPIRED = "token.expired";
    /** Not a token68 (RFC 9110 §11.4) nor an API key of any sane format: spaces, quotes, a comma. */
    private static final String MALFORMED = "\"not, a token\" ==";

    @Override
    public String name() {
        return "auth_required";
    }

    @Override
    public String code() {
        return "CF200";
    }

    @Override
    public String nothingToJudge() {
        return "no refusal to judge";
    }

    @Override
    public boolean needsCredentials() {
        return false;
    }

    @Override
    public boolean appliesTo(ApiSpec spec, Operation operation) {
        return operation.isSecured();
    }

    @Override
    public boolean destructive(ApiSpec spec, Operation operation) {
        return SafeDeletes.destructive(operation);
    }

    @Override
    public void run(RunContext context, Recorder recorder, Operation operation) {
        boolean documented = operation.documentsExactly(401) || operation.documentsExactly(403);
        if (!documented) {
            recorder.finding("secured-operations-document-401", operation,
                    "is secured but documents no 401, so the refusal of a missing credential cannot be judged by its status");
        }
        Optional<Call> safe = SafeDeletes.call(context, recorder, operation);
        if (safe.isEmpty()) {
            recorder.skip(this, operation, "no path parameter value that names nothing could be made, so a DELETE"
                    + " that ignored its credentials could delete for good");
            return;
        }
        Call valid = safe.get();
        Map<String, Call.Auth> refusals = new LinkedHashMap<>();
        refusals.put("without credentials", Call.Auth.NONE);
        refusals.put("for a wrong credential", Call.Auth.given(context.marker()));
        refusals.put("for a malformed credential", Call.Auth.given(MALFORMED));
        context.target().fixture(EXPIRED).ifPresent(expired -> refusals.put("for an expired credential", Call.Auth.given(expired)));
        for (Map.Entry<String, Call.Auth> refusal : refusals.entrySet()) {
            for (String mediaType : Accepts.documented(operation, java.util.List.of(401))) {
                Exchange exchange = recorder.send(operation, Accepts.asking(valid.withAuth(refusal.getValue()), mediaType),
                        Intent.UNAUTHENTICATED);
                Set<Integer> alsoRight = new HashSet<>(SafeDeletes.nothingDone(operation));
                if (MALFORMED.equals(refusal.getValue().credential()) && operation.documentsOwnCode(400)) {
                    // RFC 6750 §3.1: a request that cannot be read is invalid_request, answered 400.
                    alsoRight.add(400);
                }
                recorder.judge(this, operation, exchange, alsoRight.contains(exchange.status()) ? Optional.empty()
                        : refused(operation, exchange, documented, refusal.getKey()));
            }
        }
    }

    private static Optional<String> refused(Operation operation, Exchange exchange, boolean documented, String how) {
        int status = exchange.status();
        if (status == 0 || status >= 500) {
            return Optional.empty();
        }
        if (documented) {
            boolean refused = status == 401 && operation.documentsExactly(401) || status == 403 && operation.documentsExactly(403);
            return refused ? Optional.empty() : Optional.of("the documented 401 " + how);
        }
        // The spec requires the credential but names no refusal: only a success is provably wrong (the spec finding says why).
        return status >= 200 && status < 300 ? Optional.of("a refusal " + how + ": the operation is secured") : Optional.empty();
    }
}
