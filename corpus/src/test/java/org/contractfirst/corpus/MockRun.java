package org.contractfirst.corpus;

import org.contractfirst.conformance.report.MarkdownRenderer;
import org.contractfirst.conformance.Conformance;
import org.contractfirst.conformance.report.Coverage;
import org.contractfirst.conformance.report.Report;
import org.contractfirst.conformance.requests.Credentials;
import org.contractfirst.conformance.requests.RunOptions;
import org.contractfirst.conformance.requests.Target;
import org.contractfirst.conformance.spec.ApiSpec;
import org.contractfirst.server.runtime.ApiDefinition;
import org.contractfirst.server.runtime.ApiServer;
import org.contractfirst.server.runtime.mock.MockAnswers;
import org.contractfirst.server.runtime.mock.MockOptions;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One spec's generated mock, started on a free port of 127.0.0.1, and the conformance suite's run against it, with
 * its stateful checks on: any server failure it reports, or any error of its own, fails the spec.
 */
final class MockRun {

    static final long SEED = Long.getLong("corpus.seed", 7);

    private MockRun() {
    }

    /** Starts the spec's mock: its generated {@code <Api>Definition} served with its generated {@code <Api>Mock}. */
    static ApiServer start(GeneratedCode server, CorpusSpec spec, MockOptions options)
            throws ReflectiveOperationException {
        ApiDefinition definition = (ApiDefinition) server.type(spec, spec.api().classPrefix() + "Definition")
                .getConstructor().newInstance();
        return ApiServer.start(definition, MockAnswers.generatedMock(definition, options), 0);
    }

    /**
     * What the suite found wrong with the mock, a line per failure and then its report, if it found a server failure
     * or failed itself; empty if it found none.
     */
    static Optional<String> conformance(ApiSpec spec, ApiServer mock) {
        Coverage coverage = Coverage.of(Conformance.runAll(new Target(spec, mock.baseUri(),
                Credentials.of(MockAnswers.CREDENTIAL), Map.of(), false, false), RunOptions.defaults(SEED)));
        if (coverage.failureCount() == 0 && coverage.errors().isEmpty()) {
            return Optional.empty();
        }
        StringBuilder found = new StringBuilder();
        coverage.failures().forEach(failure -> found.append(failure.check()).append(' ').append(failure.operation())
                .append(": expected ").append(failure.expected()).append(", received ").append(failure.status()).append('\n'));
        coverage.errors().forEach(error -> found.append("the suite failed: ").append(error).append('\n'));
        return Optional.of(found + "\n" + new MarkdownRenderer().render(new Report(List.of(coverage), SEED)));
    }
}
