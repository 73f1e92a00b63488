package org.contractfirst.spec;

import org.contractfirst.spec.rules.Finding;
import org.contractfirst.spec.rules.NormalisationStandard;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The four specs of specs/ pass every rule of the normalisation standard. */
class SpecsAreNormalisedTest {

    @ParameterizedTest
    @ValueSource(strings = {"unipile.yaml", "circuit.yaml", "bird.yaml", "zitadel.yaml"})
    void passesEveryRule(String file) {
        List<Finding> findings = NormalisationStandard.check(Specs.document(file));
        assertEquals(List.of(), findings, () -> String.join("\n", findings.stream().map(Finding::toString).toList()));
    }
}
