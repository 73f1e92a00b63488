package org.contractfirst.conformance.real;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;

/**
 * Swagger Petstore v3, a server nobody on the project wrote, built from the shared source and started as its README
 * says: its war under jetty-runner, run by the java of the JVM running the tests, on a free port bound to loopback.
 */
public final class PetstoreServer implements AutoCloseable {

    private static final Duration START_LIMIT = Duration.ofSeconds(90);

    private final Process process;
    private final int port;
    private final Path spec;
    private final Thread stopAtExit;

    private PetstoreServer(Process process, int port, Path spec) {
        this.process = process;
        this.port = port;
        this.spec = spec;
        // A test JVM ended before close() (a fork timeout, ^C) must not leave the server running.
        this.stopAtExit = new Thread(() -> Processes.destroyTree(process));
        Runtime.getRuntime().addShutdownHook(stopAtExit);
    }

    /**
     * Builds (or reuses) the war and starts it. Where the shared source is absent the calling test is skipped, since
     * the real servers live beside the repository and not in it; in CI ({@code CI=true}) their absence is an error,
     * so that a run which proved nothing cannot pass for one that did.
     */
    public static PetstoreServer start() {
        Path source = Path.of(System.getProperty("real-servers.dir", "../../shared/real-servers")).resolve("petstore")
                .toAbsolutePath().normalize();
        if (!Files.isDirectory(source)) {
            String why = source + " does not exist: the real servers are shared beside "
                    + "the repository, not kept in it";
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException(why + ", and CI must run against them");
            }
            Assumptions.abort(why);
        }
        Path work = work();
        PetstoreBuild build = new PetstoreBuild(source, work);
        Path war = build.war();
        Path spec = besideWar(war, build.copy().resolve("src/main/resources/openapi.yaml"));
        besideWar(war, build.copy().resolve("inflector.yaml"));
        int port = freeLoopbackPort();
        Path log = work.resolve("petstore-server.log");
        Process process = launch(war, port, log);
        PetstoreServer server = new PetstoreServer(process, port, spec);
        try {
            server.awaitReady(log);
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        return server;
    }

    /** Where the Petstore is built and run, and where what the tests learn of it is written. */
    public static Path work() {
        return Path.of(System.getProperty("conformance.report.dir", "target")).resolve("real-servers");
    }

    /** The base URL of the API, as its spec's server names it: {@code /api/v3} on this server. */
    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + port + "/api/v3");
    }

    /** The spec the server serves, read from beside its war. */
    public Path spec() {
        return spec;
    }

    @Override
    public void close() {
        Processes.destroyTree(process);
        try {
            Runtime.getRuntime().removeShutdownHook(stopAtExit);
        } catch (IllegalStateException exiting) {
            // Closed from another shutdown hook: the one above runs anyway, on a server already stopped.
        }
    }

    /** The server reads its spec and its inflector configuration from its working folder, the war's. */
    private static Path besideWar(Path war, Path file) {
        try {
            return Files.copy(file, war.resolveSibling(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freeLoopbackPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Process launch(Path war, int port, Path log) {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        try {
            return new ProcessBuilder(java.toString(), "-DswaggerUrl=openapi.yaml", "-jar", "lib/jetty-runner.jar",
                    "--host", "127.0.0.1", "--port", Integer.toString(port), war.getFileName().toString())
                    .directory(war.getParent().toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the server answers for its spec, which it does only once the whole API is deployed. */
    private void awaitReady(Path log) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest probe = HttpRequest.newBuilder(URI.create(baseUri() + "/openapi.json"))
                .timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(START_LIMIT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the petstore stopped with status " + process.exitValue()
                        + " before answering\n" + Processes.tail(log));
            }
            try {
                if (client.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Not listening yet: jetty opens its port once the war is deployed.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the petstore", e);
            }
            pause();
        }
        throw new IllegalStateException("the petstore did not answer within " + START_LIMIT.toSeconds() + " s\n"
                + Processes.tail(log));
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the petstore", e);
        }
    }
}
