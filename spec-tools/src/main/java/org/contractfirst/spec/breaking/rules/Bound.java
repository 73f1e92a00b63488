package org.contractfirst.spec.breaking.rules;

import org.contractfirst.spec.breaking.ChangeRule;
import org.contractfirst.spec.breaking.Changes;
import org.contractfirst.spec.breaking.Directional;
import org.contractfirst.spec.breaking.Kind;
import org.contractfirst.spec.breaking.Node;
import org.contractfirst.spec.breaking.SchemaPair;
import org.contractfirst.spec.breaking.WireSchema;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * One bound of a value: a length, a number, a count of items or properties. A lower bound raised or an upper bound
 * lowered tightens it; the other way loosens it. Where {@code allOf} writes a bound twice, the tightest holds. The
 * numeric bounds read both spellings of exclusivity (3.0's boolean beside {@code minimum}, 3.1's number), and a bound
 * that is exclusive on either side is judged by the exclusive rule. An integer's bound is read as the whole values it
 * allows: {@code exclusiveMaximum: 10} and {@code maximum: 9} are one bound.
 */
public final class Bound implements ChangeRule.OfSchema {

    /**
     * A bound: its value, whether the value itself is excluded, where it is written, and, where it is not read as
     * written (an integer's bound), how it is written.
     */
    record Limit(BigDecimal value, boolean exclusive, Node where, String written) {

        Limit(BigDecimal value, boolean exclusive, Node where) {
            this(value, exclusive, where, null);
        }

        String describe() {
            return value.stripTrailingZeros().toPlainString() + (exclusive ? " (exclusive)" : "")
                    + (written == null ? "" : " (" + written + " of an integer)");
        }

        /**
         * The same values of an integer, as an inclusive whole bound: {@code exclusiveMaximum: 10} is {@code maximum:
         * 9}, {@code minimum: 0.5} is {@code minimum: 1}.
         */
        Limit ofAnInteger(boolean lower, String keyword) {
            BigDecimal whole = lower ? value.setScale(0, RoundingMode.CEILING) : value.setScale(0, RoundingMode.FLOOR);
            if (exclusive && whole.compareTo(value) == 0) {
                whole = lower ? whole.add(BigDecimal.ONE) : whole.subtract(BigDecimal.ONE);
            }
            boolean same = !exclusive && whole.compareTo(value) == 0;
            return same ? this : new Limit(whole, false, where, keyword + " " + value.stripTrailingZeros().toPlainString());
        }
    }

    private final String keyword;
    private final boolean lower;
    private final Directional kinds;
    private final Function<WireSchema, Limit> limit;
    private final BiPredicate<Limit, Limit> judged;

    private Bound(String keyword, boolean lower, Directional kinds, Function<WireSchema, Limit> limit,
            BiPredicate<Limit, Limit> judged) {
        this.keyword = keyword;
        this.lower = lower;
        this.kinds = kinds;
        this.limit = limit;
        this.judged = judged;
    }

    public static Bound minLength() {
        return count("minLength", true, "min-length");
    }

    public static Bound maxLength() {
        return count("maxLength", false, "max-length");
    }

    public static Bound minItems() {
        return count("minItems", true, "min-items");
    }

    public static Bound maxItems() {
        return count("maxItems", false, "max-items");
    }

    public static Bound minProperties() {
        return count("minProperties", true, "min-properties");
    }

    public static Bound maxProperties() {
        return count("maxProperties", false, "max-properties");
    }

    public static Bound minimum() {
        return new Bound("minimum", true, kinds(true, "minimum"), schema -> number(schema, true),
                (before, after) -> !exclusive(before) && !exclusive(after));
    }

    public static Bound exclusiveMinimum() {
        return new Bound("exclusiveMinimum", true, kinds(true, "exclusive-minimum"), schema -> number(schema, true),
                (before, after) -> exclusive(before) || exclusive(after));
    }

    public static Bound maximum() {
        return new Bound("maximum", false, kinds(false, "maximum"), schema -> number(schema, false),
                (before, after) -> !exclusive(before) && !exclusive(after));
    }

    public static Bound exclusiveMaximum() {
        return new Bound("exclusiveMaximum", false, kinds(false, "exclusive-maximum"), schema -> number(schema, false),
                (before, after) -> exclusive(before) || exclusive(after));
    }

    @Override
    public List<Kind> kinds() {
        return kinds.kinds();
    }

    @Override
    public void judge(SchemaPair pair, Changes changes) {
        Limit before = limit.apply(pair.before());
        Limit after = limit.apply(pair.after());
        if (before == null && after == null || !judged.test(before, after)) {
            return;
        }
        boolean tightened = tighter(after, before);
        if (!tightened && !tighter(before, after)) {
            return;
        }
        String what = before == null ? keyword + " " + after.describe() + " was added"
                : after == null ? keyword + " " + before.describe() + " was removed"
                : keyword + " " + before.describe() + " became " + after.describe();
        changes.report(kinds, pair.direction(), tightened, pair.where(),
                before == null ? pair.before().where(keyword) : before.where(),
                after == null ? pair.after().where(keyword) : after.where(), what);
    }

    /** Whether {@code limit} excludes a value that {@code other} allows; no limit allows every value. */
    private boolean tighter(Limit limit, Limit other) {
        if (limit == null) {
            return false;
        }
        if (other == null) {
            return true;
        }
        int order = limit.value().compareTo(other.value());
        return (lower ? order > 0 : order < 0) || order == 0 && limit.exclusive() && !other.exclusive();
    }

    private static Bound count(String keyword, boolean lower, String stem) {
        return new Bound(keyword, lower, kinds(lower, stem), schema -> count(schema, keyword, lower),
                (before, after) -> true);
    }

    private static Directional kinds(boolean lower, String stem) {
        String tighter = lower ? "raised" : "lowered";
        String looser = lower ? "lowered" : "raised";
        return Directional.of("request-" + stem + "-" + tighter, "request-" + stem + "-" + looser,
                "response-" + stem + "-" + looser, "response-" + stem + "-" + tighter);
    }

    /** The tightest count written; a lower count of 0 is no bound at all. */
    private static Limit count(WireSchema schema, String keyword, boolean lower) {
        Limit tightest = null;
        for (Node part : schema.parts()) {
            if (part.value().path(keyword).isNumber()) {
                Limit limit = new Limit(part.value().get(keyword).decimalValue(), false, part.get(keyword));
                if (tightest == null || (lower ? limit.value().compareTo(tightest.value()) > 0
                        : limit.value().compareTo(tightest.value()) < 0)) {
                    tightest = limit;
                }
            }
        }
        return tightest != null && lower && tightest.value().signum() == 0 ? null : tightest;
    }

    /** The tightest numeric bound written, in either spelling of exclusivity. */
    private static Limit number(WireSchema schema, boolean lower) {
        String inclusive = lower ? "minimum" : "maximum";
        String exclusive = lower ? "exclusiveMinimum" : "exclusiveMaximum";
        Limit tightest = null;
        boolean integer = schema.types().equals(Set.of("integer"));
        for (Node part : schema.parts()) {
            List<Limit> limits = new ArrayList<>();
            if (part.value().path(inclusive).isNumber()) {
                limits.add(new Limit(part.value().get(inclusive).decimalValue(), part.flag(exclusive),
                        part.get(inclusive)));
            }
            if (part.value().path(exclusive).isNumber()) {
                limits.add(new Limit(part.value().get(exclusive).decimalValue(), true, part.get(exclusive)));
            }
            if (integer) {
                limits.replaceAll(limit -> limit.ofAnInteger(lower, limit.exclusive() ? exclusive : inclusive));
            }
            for (Limit limit : limits) {
                int order = tightest == null ? 1 : limit.value().compareTo(tightest.value()) * (lower ? 1 : -1);
                if (order > 0 || order == 0 && limit.exclusive()) {
                    tightest = limit;
                }
            }
        }
        return tightest;
    }

    private static boolean exclusive(Limit limit) {
        return limit != null && limit.exclusive();
    }
}
