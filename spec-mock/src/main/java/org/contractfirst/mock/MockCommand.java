package org.contractfirst.mock;

import org.contractfirst.server.runtime.mock.MockAnswers;
import org.contractfirst.server.runtime.mock.MockOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/**
 * {@code mock --spec FILE}: the mock of any spec file, generated, compiled and served until Ctrl-C. It prints its
 * base URL and the credential it takes once it answers.
 */
@Command(name = "mock", mixinStandardHelpOptions = true, version = "mock 0.1.0",
        description = "Serves the mock of an OpenAPI 3.0 or 3.1 (or Swagger 2.0) spec file on 127.0.0.1: it remembers"
                + " what it is sent (the spec's resources), answers named examples, and refuses what the spec refuses.")
public final class MockCommand implements Callable<Integer> {

    @Option(names = "--spec", required = true, paramLabel = "FILE", description = "The spec file.")
    Path spec;

    @Option(names = "--port", paramLabel = "P", description = "The port (0: a free one). Default: the port of the"
            + " spec's server on localhost or 127.0.0.1, else a free one.")
    Integer port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "The address to bind (0.0.0.0 in a container). Default: ${DEFAULT-VALUE}.")
    String host;

    @Option(names = "--stateless", description = "Remember nothing: every call gets its documented example.")
    boolean stateless;

    @Option(names = "--seed-data", paramLabel = "FILE", description = "A JSON or YAML object of collection paths, each"
            + " an array of the items it starts with, in place of the spec's examples ({\"/orders\": [...]}), each"
            + " path below the base path.")
    Path seedData;

    private final CountDownLatch stopped = new CountDownLatch(1);

    public static void main(String[] args) {
        System.exit(new CommandLine(new MockCommand()).execute(args));
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = new PrintWriter(System.out, true);
        if (!Files.isRegularFile(spec)) {
            System.err.println("no spec file " + spec);
            return 2;
        }
        if (stateless && seedData != null) {
            System.err.println("--seed-data gives a mock that remembers its first items: it cannot go with --stateless");
            return 2;
        }
        MockOptions options = stateless ? MockOptions.STATELESS : MockOptions.STATEFUL;
        if (seedData != null) {
            options = options.seededFrom(seedData);
        }
        out.println("generating and compiling the mock of " + spec + " ...");
        SpecMock mock = SpecMock.start(spec, host, port == null ? OptionalInt.empty() : OptionalInt.of(port), options);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            mock.close();
            stopped.countDown();
        }, "mock-stop"));
        out.println(mock.name() + "  " + mock.baseUri() + "  a " + (stateless ? "stateless" : "stateful")
                + " mock: every scheme takes " + MockAnswers.CREDENTIAL + " (" + MockAnswers.CREDENTIAL
                + "-<name> is another caller)");
        out.println("Running; stop with Ctrl-C.");
        stopped.await();
        return 0;
    }
}
