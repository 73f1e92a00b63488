package org.contractfirst.wireproof;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.contractfirst.conformance.Checks;
import org.contractfirst.conformance.Conformance;
import org.contractfirst.conformance.RunOptions;
import org.contractfirst.conformance.Session;
import org.contractfirst.conformance.Target;
import org.contractfirst.conformance.requests.Credentials;
import org.contractfirst.conformance.spec.ApiSpec;
import org.contractfirst.mock.SpecMock;
import org.contractfirst.server.runtime.MockOptions;

import java.io.IOException;
import java.io.UncheckedIOException;
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
            URI oldUrl = URI.create(server.baseUri().resolve(basePath(old)).toString().replaceAll("/+$", ""));
            Target target = new Target(spec, oldUrl, Credentials.of(CREDENTIAL), Map.of(), true, false);
            RunOptions defaults = RunOptions.defaults(SEED);
            RunOptions options = new RunOptions(SEED, 1, VALID_CALLS, Set.of(), true, defaults.connectTimeout(),
                    defaults.readTimeout(), null);
            Session session = new Session(target, Checks.responseChecks(), options);
            Conformance.plan(target, Checks.scenarioChecks(), options).forEach(step -> Conformance.run(session, step));
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

    /** The path of the old spec's first server, its variables at their defaults: where its clients call. */
    private static String basePath(Path spec) {
        JsonNode server = read(spec).path("servers").path(0);
        String url = server.path("url").asText("/");
        for (Map.Entry<String, JsonNode> variable : server.path("variables").properties()) {
            url = url.replace("{" + variable.getKey() + "}", variable.getValue().path("default").asText());
        }
        String path = URI.create(url).getPath();
        return path == null || path.isEmpty() ? "/" : path;
    }

    private static JsonNode read(Path spec) {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(spec.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
