package org.contractfirst.spec.breaking.rules;

import org.contractfirst.spec.breaking.ChangeRule;
import org.contractfirst.spec.breaking.Changes;
import org.contractfirst.spec.breaking.Kind;
import org.contractfirst.spec.breaking.Operation;
import org.contractfirst.spec.breaking.Pair;

import java.util.List;
import java.util.Objects;

/** A changed operationId is nothing on the wire, but it renames the generated methods that clients call. */
public final class OperationIdChange implements ChangeRule.OfOperation {

    private static final Kind CHANGED = Kind.breaking("operation-id-changed");

    @Override
    public List<Kind> kinds() {
        return List.of(CHANGED);
    }

    @Override
    public void judge(Pair<Operation> operations, Changes changes) {
        String before = operations.before().node().text("operationId");
        String after = operations.after().node().text("operationId");
        if (!Objects.equals(before, after)) {
            changes.report(CHANGED, operations.where(), operations.before().node().get("operationId"),
                    operations.after().node().get("operationId"), "operationId `" + before + "` became `" + after
                            + "`; the generated methods are named after it");
        }
    }
}
