package org.contractfirst.wireproof;

import org.contractfirst.conformance.Conformance;
import org.contractfirst.conformance.checks.Recorder;
import org.contractfirst.conformance.requests.Credentials;
import org.contractfirst.conformance.requests.RunOptions;
import org.contractfirst.conformance.requests.Target;
import org.contractfirst.conformance.spec.ApiSpec;
import org.contractfirst.mock.SpecMock;
import org.contractfirst.server.runtime.mock.MockOptions;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * One side of a change on the wire: the mock generated from the new spec serves, and what a client of the old spec
 * does with valid values (every operation's valid calls, and the deletion of what it created) runs against it,
 * judged by the old spec's response checks. What fails is what the change broke for that client.
 */
final class WireRun {

    /** The checks that make only calls the old spec calls valid, and judge every answer by the old spec. */
    private static final Set<String> VALID_CALLS = Set.of("positive_data_acceptance", "use_after_delete",
            "not_a_server_error", "status_code_conformance", "content_type_conformance", "response_schema_conformance",
            "response_headers_conformance");
    private static final long SEED = 7;
    /** What every security scheme of a generated mock takes. */
    private static final String CREDENTIAL = "mock-token";

    private WireRun() {
    }

    /** What went wrong on the wire for a client of {@code old} calling the server of {@code now}: nothing when it held. */
    static List<String> of(Path old, Path now) {
        try (SpecMock server = SpecMock.start(now, OptionalInt.of(0), MockOptions.STATELESS)) {
            ApiSpec spec = ApiSpec.read("old", old.toString());
            String origin = server.baseUri().resolve("/").toString().replaceAll("/$", "");
            URI oldUrl = URI.create(origin + spec.serverPaths().stream().findFirst().orElse(""));
            Target target = new Target(spec, oldUrl, Credentials.of(CREDENTIAL), Map.of(), true, false);
            RunOptions defaults = RunOptions.defaults(SEED);
            Recorder session = Conformance.runAll(target, new RunOptions(SEED, 1, VALID_CALLS, Set.of(), true,
                    defaults.connectTimeout(), defaults.readTimeout(), null));
            if (!session.errors().isEmpty()) {
                // The run's own trouble proves nothing about the change either way.
                throw new AssertionError("the run against the mock of " + now + " went wrong: " + session.errors());
            }
            List<String> problems = new ArrayList<>();
            session.failures().forEach(failure -> problems.add(failure.key().replace('\u0000', ' ')));
            spec.operations().forEach(operation -> session.notExercised(operation)
                    .ifPresent(reason -> problems.add("not exercised " + operation + ": " + reason)));
            return problems;
        }
    }
}
