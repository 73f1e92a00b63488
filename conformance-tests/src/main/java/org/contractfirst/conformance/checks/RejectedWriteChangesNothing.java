package org.contractfirst.conformance.checks;

import org.contractfirst.conformance.ApiSpec;
import org.contractfirst.conformance.Mutations;
import org.contractfirst.conformance.ScenarioCheck;
import org.contractfirst.conformance.Session;
import org.contractfirst.conformance.Writes;

import java.util.Optional;

/** After each rejected write, the matching read shows the resource exactly as before. */
public final class RejectedWriteChangesNothing implements ScenarioCheck {

    @Override
    public String name() {
        return "rejected_write_changes_nothing";
    }

    @Override
    public void run(Session session, ApiSpec.Endpoint endpoint) {
        Optional<ApiSpec.Endpoint> read = Writes.readOf(session.spec(), endpoint);
        if (read.isEmpty()) {
            return;
        }
        String before = session.send(read.get(), session.requests().valid(read.get())).body();
        for (Mutations.Mutation mutation : new Mutations(session).of(endpoint)) {
            var rejected = session.send(endpoint, mutation.request());
            var after = session.send(read.get(), session.requests().valid(read.get()));
            if (rejected.status() >= 400 && rejected.status() < 500) {
                session.judge(this, endpoint, rejected, before.equals(after.body()) ? Optional.empty()
                        : Optional.of("no change after a rejected write (" + mutation.description() + "); "
                        + read.get().operationId() + " now shows " + after.bodyStart()));
            }
            before = after.body();
        }
    }
}
