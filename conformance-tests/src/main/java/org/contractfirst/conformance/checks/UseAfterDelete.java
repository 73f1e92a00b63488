package org.contractfirst.conformance.checks;

import org.contractfirst.conformance.http.Exchange;
import org.contractfirst.conformance.requests.Call;
import org.contractfirst.conformance.requests.Reads;
import org.contractfirst.conformance.requests.RunContext;
import org.contractfirst.conformance.spec.ApiSpec;
import org.contractfirst.conformance.spec.Operation;

import java.util.Optional;

/**
 * After a successful DELETE, a read of the same path gets a documented 4xx: what was deleted is gone. Where the spec
 * can create what the DELETE removes (a POST on the parent path, or on the DELETE's own path, whose answer pairs
 * with a read of the DELETE's path, {@link Reads}), the check creates it first and deletes that, in every run; a
 * DELETE that nothing the run makes can be aimed at (of the caller, {@code DELETE /me}) is destructive, and runs only
 * where the target allows it.
 */
public final class UseAfterDelete implements ScenarioCheck {

    @Override
    public String name() {
        return "use_after_delete";
    }

    @Override
    public String code() {
        return "CF144";
    }

    @Override
    public boolean appliesTo(ApiSpec spec, Operation operation) {
        return operation.method().equals("DELETE");
    }

    @Override
    public boolean destructive(ApiSpec spec, Operation operation) {
        return creation(spec, operation).isEmpty();
    }

    @Override
    public boolean stateful() {
        return true;
    }

    @Override
    public String nothingToJudge() {
        return "nothing the run created could be read at this path, so nothing was deleted";
    }

    @Override
    public void run(RunContext context, Recorder recorder, Operation operation) {
        Optional<Operation> create = creation(context.spec(), operation);
        Optional<Call> delete = create.isPresent() ? created(context, recorder, operation, create.get())
                : Optional.of(context.requests().valid(operation));
        if (delete.isEmpty()) {
            return;
        }
        var deleted = recorder.send(operation, delete.get(), Intent.VALID);
        recorder.judge(this, operation, deleted, Verdicts.success(deleted));
        if (deleted.status() < 200 || deleted.status() >= 300) {
            return;
        }
        context.spec().operation("GET", operation.path()).ifPresent(read -> {
            var after = recorder.send(read, context.requests().valid(read).withPathOf(delete.get()), Intent.VALID);
            recorder.judge(this, operation, after, Verdicts.documentedClientError(read, after)
                    .map(expected -> expected + " from " + read.operationId() + " after the delete"));
        });
    }

    /** The POST that can make what the DELETE removes: on the parent path, else on the DELETE's own. */
    private static Optional<Operation> creation(ApiSpec spec, Operation operation) {
        String path = operation.path();
        return spec.operation("POST", path.substring(0, Math.max(0, path.lastIndexOf('/'))))
                .or(() -> spec.operation("POST", path));
    }

    /** The DELETE of a resource made for it: created by the POST, named as the answer's read names it. */
    private static Optional<Call> created(RunContext context, Recorder recorder, Operation operation, Operation create) {
        if (!context.requests().missingCredentials(create).isEmpty()) {
            return Optional.empty();
        }
        Call creation = context.requests().valid(create);
        Exchange made = recorder.send(create, creation, Intent.VALID);
        if (made.status() < 200 || made.status() >= 300) {
            return Optional.empty();
        }
        return Reads.after(context, creation, made).filter(read -> read.operation().path().equals(operation.path()))
                .map(read -> context.requests().valid(operation).withPathOf(read.call()));
    }
}
