package org.contractfirst.spec.breaking.rules;

import org.contractfirst.spec.breaking.ChangeRule;
import org.contractfirst.spec.breaking.Changes;
import org.contractfirst.spec.breaking.Direction;
import org.contractfirst.spec.breaking.Directional;
import org.contractfirst.spec.breaking.Kind;
import org.contractfirst.spec.breaking.SchemaPair;

import java.math.BigDecimal;
import java.util.List;

/**
 * A number's {@code multipleOf}. A new divisor that the old one divides (2 to 4), or one added, tightens it; the
 * other way loosens it. Divisors where neither divides the other (2 to 3) both reject values the other allowed,
 * and are judged by the way that breaks.
 */
public final class MultipleOf implements ChangeRule.OfSchema {

    private static final Directional KINDS = Directional.of("request-multiple-of-tightened",
            "request-multiple-of-loosened", "response-multiple-of-loosened", "response-multiple-of-tightened");

    @Override
    public List<Kind> kinds() {
        return KINDS.kinds();
    }

    @Override
    public void judge(SchemaPair pair, Changes changes) {
        BigDecimal before = first(pair.before().numbers("multipleOf"));
        BigDecimal after = first(pair.after().numbers("multipleOf"));
        if (before == null && after == null || before != null && after != null && before.compareTo(after) == 0) {
            return;
        }
        boolean tightened = after != null && (before == null || divides(before, after));
        boolean loosened = before != null && (after == null || divides(after, before));
        String what = before == null ? "multipleOf " + plain(after) + " was added"
                : after == null ? "multipleOf " + plain(before) + " was removed"
                : "multipleOf " + plain(before) + " became " + plain(after)
                        + (tightened || loosened ? "" : ", and neither divides the other");
        boolean reported = tightened || !loosened && pair.direction() == Direction.REQUEST;
        changes.report(KINDS, pair.direction(), reported, pair.where(), pair.before().where("multipleOf"),
                pair.after().where("multipleOf"), what);
    }

    private static boolean divides(BigDecimal divisor, BigDecimal value) {
        return value.remainder(divisor).signum() == 0;
    }

    private static BigDecimal first(List<BigDecimal> values) {
        return values.isEmpty() ? null : values.get(0);
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
