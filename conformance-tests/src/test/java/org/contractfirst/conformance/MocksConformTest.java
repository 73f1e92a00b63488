package org.contractfirst.conformance;

import org.contractfirst.conformance.report.MarkdownRenderer;
import org.contractfirst.conformance.report.Coverage;
import org.contractfirst.conformance.report.Report;
import org.contractfirst.conformance.requests.Credentials;
import org.contractfirst.conformance.requests.RunOptions;
import org.contractfirst.conformance.requests.Target;
import org.contractfirst.reference.ReferenceServers;
import org.contractfirst.server.runtime.mock.MockAnswers;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The mock the templates generate for each spec passes the suite in strict mode with its stateful checks on: it
 * answers as documented, and what it is sent is what it then shows.
 */
class MocksConformTest {

    @Test
    void everyGeneratedMockConformsToItsSpec() {
        EmbeddedTargets.assumeNoOtherTarget();
        try (ReferenceServers mocks = ReferenceServers.startMocks((api, specPort) -> 0)) {
            RunOptions options = RunOptions.defaults(11).strict(true);
            List<Coverage> coverage = mocks.running().stream().map(api -> Coverage.of(Conformance.runAll(new Target(
                    Targets.spec(api.name()), api.server().baseUri(), Credentials.of(MockAnswers.CREDENTIAL),
                    java.util.Map.of(), false, false), options))).toList();
            String report = new MarkdownRenderer().render(new Report(coverage, 11));
            for (Coverage api : coverage) {
                assertEquals(0, api.failureCount(), api.api() + "\n" + report);
                assertEquals(List.of(), api.errors(), api.api());
            }
        }
    }
}
