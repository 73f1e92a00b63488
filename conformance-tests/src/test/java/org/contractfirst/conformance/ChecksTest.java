package org.contractfirst.conformance;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

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
}
