package org.contractfirst.benchmarks;

import org.contractfirst.benchmarks.load.BareServer;
import org.contractfirst.benchmarks.load.HttpConnection;
import org.contractfirst.reference.ReferenceServers;
import org.contractfirst.server.runtime.ApiDefinition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * From launching the reference servers' one command to the first answered request, and to all four answering;
 * beside a JVM that starts the JDK's bare HTTP server. And from {@code mock --spec} to the mock's first answer,
 * beside the reference servers' launch.
 */
final class StartupBenchmark {

    /** When the first server answered, and when the last did, in milliseconds from the launch. */
    private record Answered(double firstMillis, double allMillis) {
    }

    private final Path jar;
    private final Path mockJar;
    private final Path birdSpec;
    private final int runs;

    StartupBenchmark(Path repository, int runs) {
        this.jar = repository.resolve("reference-servers/target/reference-servers.jar");
        this.mockJar = repository.resolve("cli/target/contract-first.jar");
        this.birdSpec = repository.resolve("specs/bird.yaml");
        this.runs = runs;
    }

    Section run() {
        for (Path needed : List.of(jar, mockJar)) {
            if (!Files.isRegularFile(needed)) {
                throw new IllegalStateException(needed + " is missing: run mvn package first");
            }
        }
        List<Answered> reference = new ArrayList<>();
        double[] bare = new double[runs];
        double[] mock = new double[runs];
        for (int run = 0; run < runs; run++) {
            reference.add(referenceServers());
            bare[run] = bareServer();
            mock[run] = specMock();
        }
        Samples bareSamples = Samples.of(bare);
        return new Section("Startup",
                "`java -jar reference-servers/target/reference-servers.jar`, each API on a free port, timed from the "
                        + "process launch until a request is answered (any HTTP status; polled every millisecond), "
                        + runs + " runs. Baseline: a JVM started with the same JDK that opens the JDK's bare "
                        + "`HttpServer` (`org.contractfirst.benchmarks.load.BareServer`). The mock of a spec file: "
                        + "`java -jar cli/target/contract-first.jar mock --spec specs/bird.yaml`, which generates, compiles "
                        + "and starts Bird's mock, timed the same way beside the reference servers' launch.",
                List.of(new Figure("launch to first answered request", "ms", Samples.of(reference, Answered::firstMillis),
                                "bare server", bareSamples, Optional.of(Goal.valueBelow(1000, "ms"))),
                        new Figure("launch to every API answering", "ms", Samples.of(reference, Answered::allMillis), "bare server",
                                bareSamples, Optional.empty()),
                        new Figure("`mock --spec` to first answer", "ms", Samples.of(mock), "reference servers' launch",
                                Samples.of(reference, Answered::firstMillis), Optional.empty())),
                "");
    }

    private Answered referenceServers() {
        List<String> command = new ArrayList<>(List.of(Processes.java()));
        List<InetSocketAddress> addresses = new ArrayList<>();
        for (ApiDefinition api : ReferenceServers.definitions()) {
            int port = freePort();
            command.add("-D" + api.name() + ".port=" + port);
            addresses.add(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        }
        command.addAll(List.of("-jar", jar.toString()));
        return launch(command, addresses);
    }

    private double specMock() {
        int port = freePort();
        return launch(List.of(Processes.java(), "-jar", mockJar.toString(), "mock", "--spec", birdSpec.toString(),
                "--port", Integer.toString(port)), List.of(new InetSocketAddress(InetAddress.getLoopbackAddress(), port)))
                .firstMillis();
    }

    private static double bareServer() {
        int port = freePort();
        return launch(List.of(Processes.java(), "-cp", System.getProperty("java.class.path"),
                BareServer.class.getName(), Integer.toString(port)),
                List.of(new InetSocketAddress(InetAddress.getLoopbackAddress(), port))).firstMillis();
    }

    private static Answered launch(List<String> command, List<InetSocketAddress> addresses) {
        Process process = null;
        try {
            long start = System.nanoTime();
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            List<InetSocketAddress> waiting = new ArrayList<>(addresses);
            double first = -1;
            while (!waiting.isEmpty()) {
                if (!process.isAlive()) {
                    throw new IllegalStateException(String.join(" ", command) + " exited with " + process.exitValue());
                }
                waiting.removeIf(StartupBenchmark::answers);
                if (first < 0 && waiting.size() < addresses.size()) {
                    first = (System.nanoTime() - start) / 1e6;
                }
                if (!waiting.isEmpty()) {
                    Thread.sleep(1);
                }
            }
            return new Answered(first, (System.nanoTime() - start) / 1e6);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            if (process != null) {
                process.destroy();
                waitFor(process);
            }
        }
    }

    private static boolean answers(InetSocketAddress address) {
        try (HttpConnection connection = new HttpConnection(address)) {
            connection.exchange(HttpConnection.request("GET", address, "/", "", null));
            return true;
        } catch (IOException notYet) {
            return false;
        }
    }

    private static void waitFor(Process process) {
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
