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

    private static List<String> specNames() throws IOException {
        try (Stream<Path> specs = Files.list(Path.of(System.getProperty("specs.dir")))) {
            return specs.map(file -> file.getFileName().toString()).filter(name -> name.matches(".*\\.(yaml|yml|json)$"))
                    .map(name -> name.substring(0, name.lastIndexOf('.'))).sorted().toList();
        }
    }
}
