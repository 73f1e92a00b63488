package org.contractfirst.conformance.checks;

import org.contractfirst.conformance.Intent;
import org.contractfirst.conformance.ScenarioCheck;
import org.contractfirst.conformance.Session;
import org.contractfirst.conformance.requests.Mutations;
import org.contractfirst.conformance.requests.Writes;
import org.contractfirst.conformance.spec.Operation;

import java.util.Optional;

/** After each rejected write, the matching read shows the resource exactly as before. */
public final class RejectedWriteChangesNothing implements ScenarioCheck {

    @Override
    public String name() {
        return "rejected_write_changes_nothing";
    }

    @Override
    public boolean stateful() {
        return true;
    }

    @Override
    public void run(Session session, Operation operation) {
        Optional<Operation> read = Writes.readOf(session.spec(), operation);
        if (read.isEmpty() || !session.requests().missingCredentials(operation).isEmpty()) {
            return;
        }
        String before = session.send(read.get(), session.requests().valid(read.get()), Intent.VALID).text();
        for (Mutations.Mutation mutation : new Mutations(session).of(operation)) {
            var rejected = session.send(operation, mutation.request(), Intent.INVALID);
            var after = session.send(read.get(), session.requests().valid(read.get()), Intent.VALID);
            if (rejected.status() >= 400 && rejected.status() < 500) {
                session.judge(this, operation, rejected, before.equals(after.text()) ? Optional.empty()
                        : Optional.of("no change after a rejected write (" + mutation.description() + "); "
                        + read.get().operationId() + " now shows " + after.bodyStart()));
            }
            before = after.text();
        }
    }
}
