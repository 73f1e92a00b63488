package org.contractfirst.reference;

import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The one command of the README starts every generated API's reference server, each on its own loopback port. */
class ReferenceServersTest {

    @Test
    void startsEveryApiOnItsOwnPort() {
        Map<String, String> probes = Map.of(
                "unipile", "/api/v1/users/me?account_id=acc_linkedin_demo",
                "circuit", "/users/profile",
                "bird", "/me",
                "zitadel", "/users/me/profile");
        try (ReferenceServers servers = ReferenceServers.start((api, specPort) -> 0)) {
            assertEquals(List.of("bird", "circuit", "unipile", "zitadel"),
                    servers.running().stream().map(ReferenceServers.Running::name).toList());
            probes.forEach((api, path) -> {
                String base = servers.get(api).server().baseUri().toString();
                assertEquals("127.0.0.1", servers.get(api).server().baseUri().getHost());
                RestAssured.given().baseUri(base).get(path).then().statusCode(equalTo(401));
            });
        }
    }
}
