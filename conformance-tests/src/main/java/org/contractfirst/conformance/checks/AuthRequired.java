package org.contractfirst.conformance.checks;

import org.contractfirst.conformance.Intent;
import org.contractfirst.conformance.ScenarioCheck;
import org.contractfirst.conformance.Session;
import org.contractfirst.conformance.http.Exchange;
import org.contractfirst.conformance.requests.Call;
import org.contractfirst.conformance.spec.Operation;

import java.util.Optional;

/**
 * A secured operation called without credentials, and with a wrong one, is refused: with its documented 401 (or a
 * documented 403), in each media type the 401 documents. Where the spec documents neither, any 401 or 403 passes and
 * the spec finding says the refusal is undocumented; a success is a failure either way, since the spec requires the
 * credential.
 */
public final class AuthRequired implements ScenarioCheck {

    @Override
    public String name() {
        return "auth_required";
    }

    /** A DELETE that ignores its credentials deletes for good. */
    @Override
    public boolean destructive(Operation operation) {
        return operation.method().equals("DELETE");
    }

    @Override
    public void run(Session session, Operation operation) {
        if (!operation.isSecured()) {
            return;
        }
        boolean documented = operation.documentsExactly(401) || operation.documentsExactly(403);
        if (!documented) {
            session.finding("secured-operations-document-401", operation,
                    "is secured but documents no 401, so the refusal of a missing credential cannot be judged by its status");
        }
        Call valid = session.requests().valid(operation);
        for (Call.Auth auth : new Call.Auth[] {Call.Auth.NONE, Call.Auth.given(session.marker())}) {
            for (String mediaType : Accepts.documented(operation, java.util.List.of(401))) {
                Exchange exchange = session.send(operation, Accepts.asking(valid.withAuth(auth), mediaType), Intent.UNAUTHENTICATED);
                session.judge(this, operation, exchange, refused(operation, exchange, documented,
                        auth.mode() == Call.Auth.Mode.NONE ? "without credentials" : "for a wrong credential"));
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
        return status == 401 || status == 403 ? Optional.empty() : Optional.of("a 401 " + how + ": the operation is secured");
    }
}
