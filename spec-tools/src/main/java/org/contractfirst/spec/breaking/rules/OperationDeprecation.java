package org.contractfirst.spec.breaking.rules;

import org.contractfirst.spec.breaking.ChangeRule;
import org.contractfirst.spec.breaking.Changes;
import org.contractfirst.spec.breaking.Kind;
import org.contractfirst.spec.breaking.Operation;
import org.contractfirst.spec.breaking.Pair;

import java.util.List;

/** A deprecated operation still works; its clients should hear that it is going. */
public final class OperationDeprecation implements ChangeRule.OfOperation {

    private static final Kind DEPRECATED = Kind.informational("operation-deprecated");

    @Override
    public List<Kind> kinds() {
        return List.of(DEPRECATED);
    }

    @Override
    public void judge(Pair<Operation> operations, Changes changes) {
        if (!operations.before().node().flag("deprecated") && operations.after().node().flag("deprecated")) {
            changes.report(DEPRECATED, operations.where(), operations.before().node(),
                    operations.after().node().get("deprecated"), "the operation is deprecated");
        }
    }
}
