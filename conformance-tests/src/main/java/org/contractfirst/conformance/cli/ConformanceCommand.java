package org.contractfirst.conformance.cli;

import org.contractfirst.conformance.Checks;
import org.contractfirst.conformance.Conformance;
import org.contractfirst.conformance.checks.PositiveDataAcceptance;
import org.contractfirst.conformance.checks.Recorder;
import org.contractfirst.conformance.report.Coverage;
import org.contractfirst.conformance.report.JunitXmlRenderer;
import org.contractfirst.conformance.report.MarkdownRenderer;
import org.contractfirst.conformance.report.Report;
import org.contractfirst.conformance.requests.Credentials;
import org.contractfirst.conformance.requests.RunOptions;
import org.contractfirst.conformance.requests.Target;
import org.contractfirst.conformance.spec.ApiSpec;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * The conformance suite's command line: checks a running server against an OpenAPI 3.0 or 3.1 spec (or a Swagger 2.0
 * one, converted) and writes the report. Exit status 0 when the server conforms (and, with {@code --strict}, the spec
 * has no finding), 1 when a check fails, 2 when the run cannot be made (a usage error, a spec that cannot be read, a
 * step that cannot run).
 */
@Command(name = "check", mixinStandardHelpOptions = true, version = "check 0.1.0",
        description = "Checks a running server against its OpenAPI 3.0 or 3.1 spec (a Swagger 2.0 one: converted to"
                + " OpenAPI 3.0).",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:the server conforms", "1:a check failed (or, with --strict, there is a spec or HTTP finding)",
                "2:the run could not be made: a usage error, an unreadable spec, nothing answering at the URL or an HTML"
                        + " page where the spec documents none, a step that could not run, a server that refused the"
                        + " caller on every operation, --max-time reached"})
public final class ConformanceCommand implements Callable<Integer> {

    @Option(names = "--spec", paramLabel = "FILE|URL", description = "The OpenAPI or Swagger 2.0 document (required).")
    private String spec;

    @Option(names = "--url", paramLabel = "BASE",
            description = "The server's base URL, with the spec's base path (http://127.0.0.1:8080/v1; required).")
    private URI url;

    @Option(names = "--name", paramLabel = "NAME", description = "The API's name in reports (default: the spec's file name).")
    private String name;

    @Option(names = "--credential", paramLabel = "[SCHEME[:SCOPE]=]VALUE",
            description = "A credential: for every security scheme, for one (by its name in the spec), or for one scope"
                    + " of one. HTTP basic takes user:password. Repeatable. Without it: the environment variable "
                    + CREDENTIAL_VARIABLE + ", where set, which no process listing shows.")
    private List<String> credentials = new ArrayList<>();

    @Option(names = "--header", paramLabel = "NAME:VALUE",
            description = "A header the spec does not declare (a gateway's API key), sent on every request of the run,"
                    + " the raw ones and those sent without credentials included, except where a request sets that header"
                    + " itself; its value is hidden in every report like a credential's. Repeatable.")
    private List<String> headers = new ArrayList<>();

    @Option(names = "--fixture", paramLabel = "NAME=VALUE",
            description = "A value the API cannot reveal, for the parameter or body field NAME; NAME.STATUS for one it"
                    + " answers with STATUS; token.STATUS for a sandbox credential. Repeatable.")
    private Map<String, String> fixtures = new LinkedHashMap<>();

    @Option(names = "--seed", paramLabel = "N", description = "The seed of every random choice (default: the time).")
    private Long seed;

    @Option(names = "--checks", split = ",", paramLabel = "CHECK", description = "Run only these checks (see --list-checks).")
    private Set<String> checks = new LinkedHashSet<>();

    @Option(names = "--exclude-checks", split = ",", paramLabel = "CHECK", description = "Do not run these checks.")
    private Set<String> excluded = new LinkedHashSet<>();

    @Option(names = "--list-checks", description = "Print the names of the checks, each with its failure code, and exit.")
    private boolean listChecks;

    @Option(names = "--max-requests-per-operation", paramLabel = "N", defaultValue = "20",
            description = "How many requests drawn at random each operation gets (default: ${DEFAULT-VALUE}).")
    private int maxRequests;

    @Option(names = "--connect-timeout", paramLabel = "MS", defaultValue = "5000", description = "Default: ${DEFAULT-VALUE} ms.")
    private long connectTimeout;

    @Option(names = "--read-timeout", paramLabel = "MS", defaultValue = "30000", description = "Default: ${DEFAULT-VALUE} ms.")
    private long readTimeout;

    @Option(names = "--max-time", paramLabel = "SECONDS", description = "Stop sending requests after this long; the"
            + " steps not run are reported skipped, and the run exits 2 (default: no limit).")
    private Long maxTime;

    @Option(names = "--strict", description = "Spec findings (gaps that leave a rule unjudgeable) and HTTP findings"
            + " (RFC 9110 rules the spec does not state) fail the run too.")
    private boolean strict;

    @Option(names = "--destructive", description = "Also run the checks that may delete for good (a DELETE of the caller).")
    private boolean destructive;

    @Option(names = "--stateless", description = "The server keeps no state (a mock): writes are not read back.")
    private boolean stateless;

    @Option(names = "--report", paramLabel = "DIR", defaultValue = "conformance-report",
            description = "Where the Markdown, HTML and JSON reports go (default: ${DEFAULT-VALUE}).")
    private Path report;

    @Option(names = "--quiet", description = "No progress line per step on standard error.")
    private boolean quiet;

    @Option(names = "--junit", paramLabel = "FILE", description = "Also write JUnit XML here.")
    private Path junit;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec command;

    private static final String CREDENTIAL_VARIABLE = "CONTRACT_FIRST_CREDENTIAL";

    public static int run(String... args) {
        return new CommandLine(new ConformanceCommand()).execute(args);
    }

    private List<String> credentials() {
        String variable = System.getenv(CREDENTIAL_VARIABLE);
        return credentials.isEmpty() && variable != null && !variable.isBlank() ? List.of(variable) : credentials;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = command.commandLine().getOut();
        PrintWriter err = command.commandLine().getErr();
        if (listChecks) {
            Checks.all().forEach(check -> out.println(check.name() + " " + check.code()));
            return 0;
        }
        if (spec == null || url == null) {
            err.println("--spec and --url are required (see --help)");
            return 2;
        }
        Set<String> unknown = new LinkedHashSet<>(checks);
        unknown.addAll(excluded);
        unknown.removeAll(Checks.names());
        if (!unknown.isEmpty()) {
            err.println("unknown checks " + unknown + "; the checks are " + Checks.names());
            return 2;
        }
        Map<String, String> extraHeaders;
        ApiSpec api;
        try {
            extraHeaders = headers(headers);
            api = ApiSpec.read(name != null ? name : ApiSpec.nameOf(spec), spec);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        }
        long runSeed = seed != null ? seed : System.currentTimeMillis();
        RunOptions options = new RunOptions(runSeed, maxRequests, checks, excluded, strict,
                Duration.ofMillis(connectTimeout), Duration.ofMillis(readTimeout), Report.bodies(report));
        Target target = new Target(api, URI.create(url.toString().replaceAll("/+$", "")), Credentials.parse(credentials()),
                fixtures, destructive, stateless, extraHeaders);
        out.println("conformance seed: " + runSeed + " (repeat with --seed " + runSeed + ")");
        Recorder recorder = new Recorder(target, Checks.responseChecks(), options);
        if (maxTime != null) {
            recorder.deadline(java.time.Instant.now().plusSeconds(maxTime));
        }
        Report.clear(report);
        if (junit != null) {
            Files.deleteIfExists(junit);
        }
        Optional<String> unreachable = FirstContact.problem(recorder);
        if (unreachable.isPresent()) {
            err.println(unreachable.get());
            return 2;
        }
        List<Conformance.Step> steps = Conformance.plan(target, Checks.scenarioChecks(), options);
        List<Report.StepResult> results = new ArrayList<>();
        Progress progress = new Progress(err, quiet, steps.size());
        for (Conformance.Step step : steps) {
            Conformance.Outcome outcome = Conformance.run(recorder, step);
            results.add(new Report.StepResult(api.name(), step.toString(), outcome));
            progress.ran(step, outcome);
            outcome.failures().forEach(failure -> out.println(failure + "\n"));
        }
        Report written = new Report(List.of(Coverage.of(recorder)), runSeed, strict, results);
        written.write(report);
        if (junit != null) {
            written.write(new JunitXmlRenderer(), junit);
        }
        written.findings().forEach(finding -> out.println("spec finding: " + finding));
        written.apis().forEach(coverage -> coverage.notExercised().forEach(reach -> out.println("not exercised: " + coverage.api() + " "
                + reach.operation() + ": " + reach.why())));
        recorder.errors().forEach(error -> err.println(error));
        out.println();
        out.print(written.summary());
        out.println("report: " + report.resolve(new MarkdownRenderer().fileName()).toAbsolutePath());
        Optional<String> refused = refusedEverywhere(written);
        if (refused.isPresent()) {
            err.println("the run reached no operation: " + refused.get());
            return 2;
        }
        long stopped = recorder.skipped().stream().filter(skipped -> skipped.reason().equals(Conformance.OUT_OF_TIME)).count();
        if (stopped > 0) {
            err.println("the run stopped at --max-time " + maxTime + " s: " + stopped + " steps not run to their end");
        }
        if (written.failureCount() > 0 || strict && written.findingCount() > 0) {
            return 1;
        }
        if (stopped > 0) {
            return 2;
        }
        return written.errorCount() > 0 ? 2 : 0;
    }

    /** Why no operation was reached, where the server refused the caller on every one it was asked. */
    private static Optional<String> refusedEverywhere(Report report) {
        List<Coverage.Reach> reach = report.apis().stream().flatMap(api -> api.reach().stream()).toList();
        boolean none = !reach.isEmpty() && reach.stream().noneMatch(Coverage.Reach::succeeded);
        return none ? reach.stream().map(Coverage.Reach::why).filter(why -> why.startsWith(PositiveDataAcceptance.CALLER_REFUSED))
                .findFirst() : Optional.empty();
    }

    /** The {@code --header} values by name, each what follows the first colon, its blanks cut as curl cuts them. */
    private static Map<String, String> headers(List<String> options) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String option : options) {
            int colon = option.indexOf(':');
            String name = colon < 0 ? "" : option.substring(0, colon).trim();
            if (!name.matches("[!#$%&'*+.^_`|~0-9A-Za-z-]+")) {
                // The text is not echoed: it may hold the secret the header carries.
                throw new IllegalArgumentException("--header takes NAME:VALUE, NAME a header's name");
            }
            headers.put(name, option.substring(colon + 1).strip());
        }
        return headers;
    }
}
