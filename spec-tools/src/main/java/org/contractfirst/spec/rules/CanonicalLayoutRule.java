package org.contractfirst.spec.rules;

import org.contractfirst.spec.layout.CanonicalLayout;

import java.util.List;

/** The spec is written exactly as {@link CanonicalLayout} writes it; the finding names the first line that differs. */
public final class CanonicalLayoutRule implements NormalisationRule {

    private static final String ID = "canonical-layout";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(SpecDocument spec) {
        return check(spec.file(), spec.text());
    }

    /** The check on the text alone: the format check needs no parsed spec. */
    public static List<Finding> check(String file, String text) {
        String canonical = CanonicalLayout.format(text);
        if (canonical.equals(text)) {
            return List.of();
        }
        String[] expected = canonical.split("\n", -1);
        String[] actual = text.split("\n", -1);
        int line = 0;
        while (line < expected.length && line < actual.length && expected[line].equals(actual[line])) {
            line++;
        }
        String found = line < actual.length ? actual[line] : "(end of file)";
        String wanted = line < expected.length ? expected[line] : "(end of file)";
        return List.of(new Finding(ID, file, "", "line " + (line + 1) + " is '" + found + "', canonical layout has '"
                + wanted + "'; run the formatter"));
    }
}
