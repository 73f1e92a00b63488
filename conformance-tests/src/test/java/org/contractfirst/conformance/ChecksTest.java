package org.contractfirst.conformance;

import org.contractfirst.conformance.checks.Check;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every check has a name and a failure code of its own, stable in form, as reports and the README use them. */
class ChecksTest {

    @Test
    void everyCheckHasItsOwnNameAndCode() {
        Set<String> names = new HashSet<>();
        Set<String> codes = new HashSet<>();
        for (Check check : Checks.all()) {
            assertTrue(check.name().matches("[a-z]+(_[a-z]+)*"), check.name());
            assertTrue(check.code().matches("CF[1-9][0-9]{2}"), check.code());
            assertTrue(names.add(check.name()), "two checks named " + check.name());
            assertTrue(codes.add(check.code()), "two checks coded " + check.code());
        }
    }

    @Test
    void theReadmesTableNamesEveryCheckByItsCodeAndNoOther() throws java.io.IOException {
        String readme = java.nio.file.Files.readString(java.nio.file.Path.of("../README.md"));
        Set<String> rows = new HashSet<>();
        java.util.regex.Matcher row = java.util.regex.Pattern.compile("(?m)^\\| (CF[0-9]{3}) \\| `([a-z_]+)` \\|").matcher(readme);
        while (row.find()) {
            rows.add(row.group(1) + " " + row.group(2));
        }
        Set<String> checks = new HashSet<>();
        Checks.all().forEach(check -> checks.add(check.code() + " " + check.name()));
        assertEquals(checks, rows);
    }
}
