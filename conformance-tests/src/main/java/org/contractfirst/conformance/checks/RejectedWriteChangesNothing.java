package org.contractfirst.conformance.checks;

import org.contractfirst.conformance.requests.Mutations;
import org.contractfirst.conformance.requests.Reads;
import org.contractfirst.conformance.requests.RunContext;
import org.contractfirst.conformance.requests.Writes;
import org.contractfirst.conformance.spec.ApiSpec;
import org.contractfirst.conformance.spec.Operation;

import java.util.Optional;
import java.util.Set;

/**
 * After each rejected write, the read of the same resource shows it as before ({@link Snapshots}: readOnly and
 * volatile fields aside).
 */
public final class RejectedWriteChangesNothing implements ScenarioCheck {

    @Override
    public String name() {
        return "rejected_write_changes_nothing";
    }

    @Override
    public String code() {
        return "CF143";
    }

    @Override
    public String nothingToJudge() {
        return "no refused write that a GET on the same path reads back";
    }

    @Override
    public boolean appliesTo(ApiSpec spec, Operation operation) {
        return Writes.isWrite(operation);
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
        Optional<Reads.Read> read = Reads.byPath(context, context.requests().valid(operation));
        if (read.isEmpty()) {
            return;
        }
        Set<String> volatiles = Snapshots.volatilePointers(context, recorder, read.get());
        Snapshots.Snapshot before = Snapshots.take(context, recorder, read.get());
        for (Mutations.Mutation mutation : new Mutations(context).of(operation)) {
            var rejected = recorder.send(operation, mutation.request(), Intent.INVALID);
            Snapshots.Snapshot after = Snapshots.take(context, recorder, read.get());
            if (rejected.status() >= 400 && rejected.status() < 500 && before.succeeded() && after.succeeded()) {
                Set<String> changed = Snapshots.changedBeyond(before.view(), after.view(), volatiles);
                recorder.judge(this, operation, rejected, changed.isEmpty() ? Optional.empty()
                        : Optional.of("no change after a rejected write (" + mutation.description() + "); "
                        + read.get().operation().operationId() + " now shows a change at " + changed + ": "
                        + after.exchange().bodyStart()));
            }
            before = after;
        }
    }
}
