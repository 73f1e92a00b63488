package org.contractfirst.conformance.checks;

import org.contractfirst.conformance.Intent;
import org.contractfirst.conformance.ScenarioCheck;
import org.contractfirst.conformance.Session;
import org.contractfirst.conformance.requests.Writes;
import org.contractfirst.conformance.spec.Operation;

import java.util.Optional;

/** A successful write is visible in the matching read: every fresh value written appears in what the read returns. */
public final class ReadAfterWrite implements ScenarioCheck {

    @Override
    public String name() {
        return "read_after_write";
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
        Writes.MarkedWrite write = Writes.marked(session, operation);
        if (write.markers().isEmpty()) {
            return;
        }
        var written = session.send(operation, write.call(), Intent.VALID);
        session.judge(this, operation, written, Verdicts.success(written));
        if (written.status() < 200 || written.status() >= 300) {
            return;
        }
        var shown = session.send(read.get(), session.requests().valid(read.get()), Intent.VALID);
        session.judge(this, operation, shown, write.markers().stream().filter(marker -> !shown.text().contains(marker))
                .findFirst().map(missing -> read.get().operationId() + " to show the value written, " + missing));
    }
}
