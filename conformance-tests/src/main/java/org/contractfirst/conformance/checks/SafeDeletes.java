package org.contractfirst.conformance.checks;

import com.fasterxml.jackson.databind.JsonNode;
import org.contractfirst.conformance.requests.Call;
import org.contractfirst.conformance.requests.Mutations;
import org.contractfirst.conformance.requests.RunContext;
import org.contractfirst.conformance.spec.Operation;
import org.contractfirst.conformance.spec.Parameter;
import org.contractfirst.conformance.validation.TextValues;
import org.contractfirst.values.ValidValues;

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

    /**
     * The operation's valid call, a DELETE with each path parameter naming nothing; empty where none can be made. A
     * value is a fresh one of the parameter's format ({@link Mutations#unknownValue}), else, where the path has a GET
     * to ask, one drawn from its schema; where there is that GET, it must answer 404 or 410 for the values chosen
     * (but on a stateless target, which keeps nothing to delete).
     */
    static Optional<Call> call(RunContext context, Recorder recorder, Operation operation) {
        Call call = context.requests().valid(operation);
        if (!operation.method().equals("DELETE")) {
            return Optional.of(call);
        }
        Optional<Operation> read = context.spec().operation("GET", operation.path());
        Mutations mutations = new Mutations(context);
        for (Parameter parameter : operation.parameters()) {
            if (parameter.in().equals("path")) {
                if (parameter.schema().isMissingNode()) {
                    return Optional.empty();
                }
                Optional<JsonNode> unknown = mutations.unknownValue(parameter.schema())
                        .map(text -> TextValues.scalar(context.spec().schemas(), parameter.schema(), text))
                        .or(() -> read.map(get -> context.requests().values().generated(parameter.schema(),
                                ValidValues.Shape.MINIMAL)));
                if (unknown.isEmpty()) {
                    return Optional.empty();
                }
                call = call.withParameter(parameter, unknown.get());
            }
        }
        // A stateless target keeps nothing to delete, and its GET answers the same for any id.
        if (read.isPresent() && !context.target().stateless()) {
            int status = recorder.sendOnly(context.requests().render(context.requests().valid(read.get()).withPathOf(call))).status();
            if (status != 404 && status != 410) {
                return Optional.empty();
            }
        }
        return Optional.of(call);
    }
}
