package org.contractfirst.conformance.checks;

import org.contractfirst.conformance.Intent;
import org.contractfirst.conformance.ScenarioCheck;
import org.contractfirst.conformance.Session;
import org.contractfirst.conformance.requests.Call;
import org.contractfirst.conformance.requests.Reads;
import org.contractfirst.conformance.requests.SchemaSites;
import org.contractfirst.conformance.requests.Writes;
import org.contractfirst.conformance.spec.Operation;

import java.util.Optional;
import java.util.Set;

/**
 * A PUT sent twice leaves what it sent once (RFC 9110 §9.2.2, idempotent methods: the intended effect is the same,
 * the answers may differ, and so may what a server keeps of its own, such as a revision): the read of the same
 * resource shows each field the PUT sent the same after each, readOnly and volatile fields aside ({@link Snapshots}).
 */
public final class PutIsIdempotent implements ScenarioCheck {

    @Override
    public String name() {
        return "put_is_idempotent";
    }

    @Override
    public String code() {
        return "CF142";
    }

    @Override
    public boolean needsReach() {
        return true;
    }

    @Override
    public boolean stateful() {
        return true;
    }

    @Override
    public void run(Session session, Operation operation) {
        if (!operation.method().equals("PUT") || !session.requests().missingCredentials(operation).isEmpty()) {
            return;
        }
        Call put = Writes.marked(session, operation).call();
        Optional<Reads.Read> read = Reads.byPath(session, put);
        if (read.isEmpty()) {
            return;
        }
        Set<String> volatiles = Snapshots.volatilePointers(session, read.get());
        var first = session.send(operation, put, Intent.VALID);
        if (first.status() < 200 || first.status() >= 300) {
            return;
        }
        Snapshots.Snapshot once = Snapshots.take(session, read.get());
        // The answer to the second may differ (a documented "nothing changed", say): the effect may not.
        session.send(operation, put, Intent.VALID);
        Snapshots.Snapshot twice = Snapshots.take(session, read.get());
        if (!once.succeeded() || !twice.succeeded()) {
            return;
        }
        Set<String> changed = Snapshots.changedBeyond(once.view(), twice.view(), volatiles);
        changed.removeIf(pointer -> !sent(put, pointer));
        session.judge(this, operation, twice.exchange(), changed.isEmpty() ? Optional.empty()
                : Optional.of(read.get().operation().operationId() + " to show the same after the same PUT again;"
                + " changed: " + changed));
    }

    /** Whether the pointer is under a field the PUT's body sent, by its name at the top of the read. */
    private static boolean sent(Call put, String pointer) {
        return put.body().filter(body -> body.isObject() && body.has(SchemaSites.topName(pointer))).isPresent();
    }
}
