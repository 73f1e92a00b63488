package org.contractfirst.conformance.checks;

import org.contractfirst.conformance.Session;
import org.contractfirst.conformance.requests.Call;
import org.contractfirst.conformance.requests.Mutations;
import org.contractfirst.conformance.spec.Operation;
import org.contractfirst.conformance.spec.Parameter;
import org.contractfirst.conformance.validation.TextValues;

import java.util.Optional;

/**
 * A DELETE sent to see it refused (no credential, a scope it lacks) deletes for good where the server wrongly obeys
 * it. One whose path parameters can be given values that name nothing is safe: refused or not, it deletes nothing
 * that exists. One that names its resource by the credential alone ({@code DELETE /me}) is not, and runs with the
 * destructive checks.
 */
final class SafeDeletes {

    private SafeDeletes() {
    }

    /**
     * The answers besides a refusal of the credential that show a safe DELETE did nothing: the 404 it documents for
     * what does not exist, which a server may find out before it looks at credentials (RFC 9110 §15.5.4).
     */
    static java.util.Set<Integer> nothingDone(Operation operation) {
        return operation.method().equals("DELETE") && !destructive(operation) && operation.documentsOwnCode(404)
                ? java.util.Set.of(404) : java.util.Set.of();
    }

    static boolean destructive(Operation operation) {
        return operation.method().equals("DELETE") && operation.parameters().stream().noneMatch(p -> p.in().equals("path"));
    }

    /** The operation's valid call, a DELETE with each path parameter naming nothing; empty where none can be made. */
    static Optional<Call> call(Session session, Operation operation) {
        Call call = session.requests().valid(operation);
        if (!operation.method().equals("DELETE")) {
            return Optional.of(call);
        }
        Mutations mutations = new Mutations(session);
        for (Parameter parameter : operation.parameters()) {
            if (parameter.in().equals("path")) {
                Optional<String> unknown = parameter.schema().isMissingNode() ? Optional.empty()
                        : mutations.unknownValue(parameter.schema());
                if (unknown.isEmpty()) {
                    return Optional.empty();
                }
                call = call.withParameter(parameter, TextValues.scalar(session.spec().schemas(), parameter.schema(), unknown.get()));
            }
        }
        return Optional.of(call);
    }
}
