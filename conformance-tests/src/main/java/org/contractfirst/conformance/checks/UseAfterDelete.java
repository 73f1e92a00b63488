package org.contractfirst.conformance.checks;

import org.contractfirst.conformance.Intent;
import org.contractfirst.conformance.ScenarioCheck;
import org.contractfirst.conformance.Session;
import org.contractfirst.conformance.http.Exchange;
import org.contractfirst.conformance.requests.Call;
import org.contractfirst.conformance.requests.Reads;
import org.contractfirst.conformance.spec.Operation;

import java.util.Optional;

/**
 * After a successful DELETE, a read of the same path gets a documented 4xx: what was deleted is gone. Where the spec
 * can create what the DELETE removes (a POST on the parent path whose answer pairs with a read of the DELETE's path,
 * {@link Reads}), the check creates it first and deletes that, not something the target had before.
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
    public boolean destructive(Operation operation) {
        return true;
    }

    @Override
    public boolean stateful() {
        return true;
    }

    @Override
    public void run(Session session, Operation operation) {
        if (!operation.method().equals("DELETE") || !session.requests().missingCredentials(operation).isEmpty()) {
            return;
        }
        Call delete = created(session, operation).orElseGet(() -> session.requests().valid(operation));
        var deleted = session.send(operation, delete, Intent.VALID);
        session.judge(this, operation, deleted, Verdicts.success(deleted));
        if (deleted.status() < 200 || deleted.status() >= 300) {
            return;
        }
        session.spec().operation("GET", operation.path()).ifPresent(read -> {
            var after = session.send(read, session.requests().valid(read).withPathOf(delete), Intent.VALID);
            session.judge(this, operation, after, Verdicts.documentedClientError(read, after)
                    .map(expected -> expected + " from " + read.operationId() + " after the delete"));
        });
    }

    /** The DELETE of a resource made for it: created by the POST of the parent path, named as the answer's read names it. */
    private static Optional<Call> created(Session session, Operation operation) {
        String path = operation.path();
        String parent = path.substring(0, Math.max(0, path.lastIndexOf('/')));
        Optional<Operation> create = session.spec().operation("POST", parent);
        if (create.isEmpty() || !session.requests().missingCredentials(create.get()).isEmpty()) {
            return Optional.empty();
        }
        Call creation = session.requests().valid(create.get());
        Exchange made = session.send(create.get(), creation, Intent.VALID);
        if (made.status() < 200 || made.status() >= 300) {
            return Optional.empty();
        }
        return Reads.after(session, creation, made).filter(read -> read.operation().path().equals(path))
                .map(read -> session.requests().valid(operation).withPathOf(read.call()));
    }
}
