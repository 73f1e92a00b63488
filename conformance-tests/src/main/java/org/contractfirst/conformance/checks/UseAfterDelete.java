package org.contractfirst.conformance.checks;

import org.contractfirst.conformance.Intent;
import org.contractfirst.conformance.ScenarioCheck;
import org.contractfirst.conformance.Session;
import org.contractfirst.conformance.spec.Operation;

/** After a successful DELETE, a read of the same path gets a documented 4xx: what was deleted is gone. */
public final class UseAfterDelete implements ScenarioCheck {

    @Override
    public String name() {
        return "use_after_delete";
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
        var deleted = session.send(operation, session.requests().valid(operation), Intent.VALID);
        session.judge(this, operation, deleted, Verdicts.success(deleted));
        if (deleted.status() < 200 || deleted.status() >= 300) {
            return;
        }
        session.spec().operation("GET", operation.path()).ifPresent(read -> {
            var after = session.send(read, session.requests().valid(read), Intent.VALID);
            session.judge(this, operation, after, Verdicts.documentedClientError(read, after)
                    .map(expected -> expected + " from " + read.operationId() + " after the delete"));
        });
    }
}
