package org.contractfirst.spec.breaking.comparison;

import org.contractfirst.spec.breaking.ChangeRule;
import org.contractfirst.spec.breaking.Changes;
import org.contractfirst.spec.breaking.rules.ChangeRules;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The state of one comparison: the changes reported so far, and the schema pairs already compared. */
final class Comparison {

    /** The rules of each kind, picked from the registry once: a comparison asks for them at every element. */
    private static final ClassValue<List<?>> RULES = new ClassValue<>() {
        @Override
        protected List<?> computeValue(Class<?> kind) {
            return ChangeRules.RULES.stream().filter(kind::isInstance).toList();
        }
    };

    final Changes changes = new Changes();
    private final Set<String> compared = new HashSet<>();

    /** False when this pair of schemas was compared before, which also ends the walk round a recursive schema. */
    boolean firstVisit(String pair) {
        return compared.add(pair);
    }

    @SuppressWarnings("unchecked")
    static <T extends ChangeRule> List<T> rules(Class<T> kind) {
        return (List<T>) RULES.get(kind);
    }
}
