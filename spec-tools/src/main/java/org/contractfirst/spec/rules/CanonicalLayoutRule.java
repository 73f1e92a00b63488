package org.contractfirst.spec.rules;

import org.contractfirst.spec.CanonicalLayout;
import org.contractfirst.spec.Finding;
import org.contractfirst.spec.NormalisationRule;
import org.contractfirst.spec.SpecDocument;

import java.util.List;

/** The spec is written exactly as {@link CanonicalLayout} writes it; the finding names the first line that differs. */
public final class CanonicalLayoutRule implements NormalisationRule {

    @Override
    public String id() {
        return "canonical-layout";
    }

    @Override
    public List<Finding> check(SpecDocument spec) {
        String canonical = CanonicalLayout.format(spec.text());
        if (canonical.equals(spec.text())) {
            return List.of();
        }
        String[] expected = canonical.split("\n", -1);
        String[] actual = spec.text().split("\n", -1);
        int line = 0;
        while (line < expected.length && line < actual.length && expected[line].equals(actual[line])) {
            line++;
        }
        String found = line < actual.length ? actual[line] : "(end of file)";
        String wanted = line < expected.length ? expected[line] : "(end of file)";
        return List.of(spec.finding(id(), "", "line " + (line + 1) + " is '" + found + "', canonical layout has '"
                + wanted + "'; run the formatter"));
    }
}
