package org.contractfirst.mock;

import org.contractfirst.server.runtime.mock.MockOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code mock --spec FILE} on a spec file that no build knows: started as its own process, it prints the base URL
 * and the credential it takes, remembers what it is sent, and stops on a signal; a fixture file replaces the spec's
 * examples as the first items.
 */
class MockCommandTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final Pattern BASE_URL = Pattern.compile("(http://127\\.0\\.0\\.1:\\d+\\S*)");

    @TempDir
    Path folder;

    private Path spec() throws IOException {
        Path spec = folder.resolve("shelf.yaml");
        try (InputStream in = MockCommandTest.class.getResourceAsStream("/shelf.yaml")) {
            Files.copy(in, spec);
        }
        return spec;
    }

    @Test
    void theCommandServesTheMockOfAFileOutsideAnyBuildUntilItIsSignalled() throws Exception {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), MockCommand.class.getName(), "--spec", spec().toString(),
                "--port", "0").redirectErrorStream(true).start();
        List<String> printed = new ArrayList<>();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                out.lines().forEach(lines::add);
            } catch (IOException closed) {
                // The process is gone: nothing more to read.
            }
        }, "mock-output");
        reader.setDaemon(true);
        reader.start();
        try {
            String base = null;
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            for (String line = ""; !line.startsWith("Running"); ) {
                line = lines.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                assertTrue(line != null, "the mock said it runs within two minutes: " + printed);
                printed.add(line);
                Matcher url = BASE_URL.matcher(line);
                if (url.find()) {
                    base = url.group(1);
                }
            }
            assertTrue(base != null && base.endsWith("/v1"), "prints its base URL: " + printed);
            assertTrue(printed.stream().anyMatch(line -> line.contains("mock-token")), "names its credential: " + printed);
            HttpResponse<String> created = send("POST", base + "/books", "{\"title\": \"Solaris\"}");
            assertEquals(201, created.statusCode(), created.body());
            String location = created.headers().firstValue("Location").orElseThrow();
            HttpResponse<String> read = send("GET", location, null);
            assertEquals(200, read.statusCode());
            assertTrue(read.body().contains("Solaris"), read.body());
            process.destroy();
            assertTrue(process.waitFor(30, TimeUnit.SECONDS), "a signal stops it");
            String stoppedAt = base;
            assertThrows(ConnectException.class, () -> send("GET", stoppedAt + "/books", null));
        } finally {
            process.destroyForcibly();
        }
    }

    @Test
    void aFixtureFileGivesTheCollectionsTheirFirstItems() throws Exception {
        Path seeds = folder.resolve("seeds.json");
        Files.writeString(seeds, "{\"/books\": [{\"bookId\": 7, \"title\": \"Ubik\"}, {\"title\": \"Kindred\"}]}");
        try (SpecMock mock = SpecMock.start(spec(), OptionalInt.of(0), MockOptions.STATEFUL.seededFrom(seeds))) {
            HttpResponse<String> listed = send("GET", mock.baseUri() + "/books", null);
            assertEquals(200, listed.statusCode());
            assertTrue(listed.body().contains("Ubik") && listed.body().contains("Kindred"), listed.body());
            assertTrue(!listed.body().contains("Dune"), "the fixture stands in place of the examples: " + listed.body());
            assertTrue(send("GET", mock.baseUri() + "/books/7", null).body().contains("Ubik"));
            assertEquals(404, send("GET", mock.baseUri() + "/books/1", null).statusCode());
        }
    }

    @Test
    void twoMocksInOneJvmEachServeTheirOwnSpecOfTheSameFileName() throws Exception {
        Path shelf = spec();
        Path other = Files.createDirectories(folder.resolve("v2")).resolve("shelf.yaml");
        Files.writeString(other, Files.readString(shelf).replace("/books", "/volumes"));
        try (SpecMock first = SpecMock.start(shelf, OptionalInt.of(0), MockOptions.STATELESS);
             SpecMock second = SpecMock.start(other, OptionalInt.of(0), MockOptions.STATELESS)) {
            assertEquals(200, send("GET", first.baseUri() + "/books", null).statusCode());
            assertEquals(404, send("GET", first.baseUri() + "/volumes", null).statusCode());
            assertEquals(200, send("GET", second.baseUri() + "/volumes", null).statusCode());
            assertEquals(404, send("GET", second.baseUri() + "/books", null).statusCode());
        }
    }

    @Test
    void aStatelessMockAnswersEveryPropertyOfASchemaWithoutExample() throws Exception {
        Path spec = folder.resolve("plain.yaml");
        Files.writeString(spec, """
                openapi: 3.0.3
                info:
                  title: Plain
                  version: "1.0"
                paths:
                  /item:
                    get:
                      operationId: getItem
                      responses:
                        "200":
                          description: The item
                          content:
                            application/json:
                              schema:
                                type: object
                                properties:
                                  name:
                                    type: string
                                  size:
                                    type: integer
                                    minimum: 3
                """);
        try (SpecMock mock = SpecMock.start(spec, OptionalInt.of(0), MockOptions.STATELESS)) {
            HttpResponse<String> item = send("GET", mock.baseUri() + "/item", null);
            assertEquals(200, item.statusCode());
            assertTrue(item.body().contains("\"name\":") && item.body().contains("\"size\":3"), item.body());
        }
    }

    private static HttpResponse<String> send(String method, String url, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
