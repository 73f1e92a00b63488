package org.contractfirst.conformance.checks;

import org.contractfirst.conformance.requests.Call;
import org.contractfirst.conformance.requests.Reads;
import org.contractfirst.conformance.requests.RunContext;
import org.contractfirst.conformance.requests.Writes;
import org.contractfirst.conformance.spec.ApiSpec;
import org.contractfirst.conformance.spec.Operation;

import java.util.Optional;
import java.util.Set;

/**
 * A PUT sent twice leaves what it sent once (RFC 9110 §9.2.2, idempotent methods: the intended effect is the same,
 * the answers may differ, and so may what a server keeps of its own, such as a revision): the whole read of the same
 * resource, whatever its shape (an object, an array, a bare number), shows the same after each, readOnly and
 * volatile parts aside ({@link Snapshots}). A field the PUT did not send counts too: a counter that every PUT raises
 * is an effect that a second PUT repeats.
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
    public String nothingToJudge() {
        return "no PUT was taken that a GET on the same path reads back";
    }

    @Override
    public boolean appliesTo(ApiSpec spec, Operation operation) {
        return operation.method().equals("PUT");
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
    public void run(RunContext context, Recorder recorder, Operation operation) {
        Call put = Writes.marked(context, operation).call();
        Optional<Reads.Read> read = Reads.byPath(context, put);
        if (read.isEmpty()) {
            return;
        }
        Set<String> volatiles = Snapshots.volatilePointers(context, recorder, read.get());
        Optional<Snapshots.Snapshot> once = Snapshots.afterWrite(context, recorder, operation, put, read.get());
        if (once.isEmpty()) {
            return;
        }
        // The answer to the second may differ (a documented "nothing changed", say): the effect may not.
        recorder.send(operation, put, Intent.VALID);
        Snapshots.Snapshot twice = Snapshots.take(context, recorder, read.get());
        if (!twice.succeeded()) {
            return;
        }
        Set<String> changed = Snapshots.changedBeyond(once.get().view(), twice.view(), volatiles);
        recorder.judge(this, operation, twice.exchange(), changed.isEmpty() ? Optional.empty()
                : Optional.of(read.get().operation().operationId() + " to show the same after the same PUT again;"
                + " changed: " + (changed.contains("") ? "the whole body" : changed)));
    }
}
