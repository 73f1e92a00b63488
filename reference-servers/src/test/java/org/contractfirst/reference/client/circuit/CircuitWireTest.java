package org.contractfirst.reference.client.circuit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import org.contractfirst.reference.client.RecordingServer;
import org.contractfirst.reference.client.RecordingServer.Request;
import org.contractfirst.reference.client.RecordingServer.Response;
import org.contractfirst.client.circuit.api.UsersApi;
import org.contractfirst.client.runtime.ClientConfig;
import org.contractfirst.client.runtime.Format;
import org.junit.jupiter.api.Test;

/** What the Circuit client sends: the bearer token, a form for the presence PUT, the media type asked for. */
class CircuitWireTest {

    @Test
    void setUserPresenceSendsAnUrlEncodedFormWithTheBearerToken() throws Exception {
        try (RecordingServer server = new RecordingServer(Response.json(200, "{\"state\":\"DND\"}"))) {
            new UsersApi(ClientConfig.of(server.baseUri()).withCredential("circuit-all-token"))
                    .setUserPresence("DND", OffsetDateTime.parse("2030-12-01T10:00:00Z"), false, "In a meeting");

            Request request = server.requests().get(0);
            assertEquals("PUT", request.method());
            assertEquals("/users/presence", request.pathAndQuery());
            assertEquals("Bearer circuit-all-token", request.headers().getFirst("Authorization"));
            assertEquals("application/x-www-form-urlencoded", request.headers().getFirst("Content-Type"));
            assertEquals("application/json", request.headers().getFirst("Accept"));
            assertEquals("state=DND&dndUntil=2030-12-01T10%3A00%3A00Z&clearDND=false&statusMessage=In%20a%20meeting",
                    request.bodyText());
        }
    }

    @Test
    void xmlIsAskedForPerClientOrPerCallAndListsExplode() throws Exception {
        try (RecordingServer server = new RecordingServer(Response.json(200, "[]"))) {
            UsersApi json = new UsersApi(ClientConfig.of(server.baseUri()).withCredential("t"));
            UsersApi xml = new UsersApi(ClientConfig.of(server.baseUri()).withCredential("t").withFormat(Format.XML));

            json.searchUsersList(java.util.List.of("a@example.com", "b@example.com"), true, null);
            json.withFormat(Format.XML).getLabel();
            xml.getLabel();

            assertEquals("/users/list?name=a%40example.com&name=b%40example.com&returnFullUserInfo=true",
                    server.requests().get(0).pathAndQuery());
            assertEquals("application/json", server.requests().get(0).headers().getFirst("Accept"));
            assertEquals("application/xml", server.requests().get(1).headers().getFirst("Accept"));
            assertEquals("application/xml", server.requests().get(2).headers().getFirst("Accept"));
        }
    }
}
