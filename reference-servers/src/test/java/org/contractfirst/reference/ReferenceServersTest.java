package org.contractfirst.reference;

import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The one command of the README starts a reference server for every spec of the specs folder, each on its own port. */
class ReferenceServersTest {

    @Test
    void startsEverySpecsApiOnItsOwnLoopbackPort() throws IOException {
        try (ReferenceServers servers = ReferenceServers.start((api, specPort) -> 0)) {
            assertEquals(specNames(), servers.running().stream().map(ReferenceServers.Running::name).toList());
            assertEquals(servers.running().size(), servers.running().stream()
                    .map(api -> api.server().baseUri().getPort()).distinct().count());
            for (ReferenceServers.Running api : servers.running()) {
                URI base = api.server().baseUri();
                assertEquals("127.0.0.1", base.getHost());
                RestAssured.given().baseUri(base.toString()).get("/no-such-resource").then()
                        .statusCode(equalTo(404)).contentType(startsWith("application/json"));
            }
        }
    }

    @Test
    void everyServerAnswersOptionsWithItsMethodsInTextWhateverTheAcceptAsks() throws IOException {
        // Circuit negotiates JSON and XML, and its OPTIONS once came empty, labelled JSON.
        try (ReferenceServers servers = ReferenceServers.start((api, specPort) -> 0)) {
            for (ReferenceServers.Running api : servers.running()) {
                io.restassured.response.Response options = RestAssured.given().baseUri(api.server().baseUri().toString())
                        .accept("application/json").options(firstPath(api.name()));
                options.then().statusCode(equalTo(200)).contentType(startsWith("text/plain"));
                String allowed = options.header("Allow");
                String body = options.asString();
                assertEquals(java.util.Set.of(allowed.split(",\\s*")), java.util.Set.of(body.trim().split(",\\s*")), api.name());
            }
        }
    }

    @Test
    void aPathWithATrailingSlashOrAMatrixParameterIsNoneOfTheSpecsOnEveryServer() throws IOException {
        // Jersey took /me/ and /me;x=1 for /me, and a PATCH there wrote: the spec's paths are the only ones served.
        try (ReferenceServers servers = ReferenceServers.start((api, specPort) -> 0)) {
            for (ReferenceServers.Running api : servers.running()) {
                String path = firstPath(api.name());
                // The matrix parameter goes on the first segment, a fixed one: on a template's it would be part of the value.
                String firstSegment = path.substring(0, path.indexOf('/', 1) < 0 ? path.length() : path.indexOf('/', 1));
                for (String other : List.of(path + "/", firstSegment + ";x=1" + path.substring(firstSegment.length()))) {
                    RestAssured.given().baseUri(api.server().baseUri().toString()).urlEncodingEnabled(false).get(other).then()
                            .statusCode(equalTo(404)).contentType(startsWith("application/json"));
                }
            }
        }
    }

    /** The first path of the API's spec, each template filled with a value. */
    private static String firstPath(String api) {
        return SpecProperties.at(api, "/paths").fieldNames().next().replaceAll("\\{[^}]*}", "x");
    }

    private static List<String> specNames() throws IOException {
        try (Stream<Path> specs = Files.list(Path.of(System.getProperty("specs.dir")))) {
            return specs.map(file -> file.getFileName().toString()).filter(name -> name.matches(".*\\.(yaml|yml|json)$"))
                    .map(name -> name.substring(0, name.lastIndexOf('.'))).sorted().toList();
        }
    }
}
