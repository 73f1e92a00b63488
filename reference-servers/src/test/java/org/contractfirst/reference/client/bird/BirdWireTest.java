package org.contractfirst.reference.client.bird;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import org.contractfirst.reference.client.RecordingServer;
import org.contractfirst.reference.client.RecordingServer.Response;
import org.contractfirst.reference.client.SilentServer;
import org.contractfirst.client.bird.api.CurrentUserApi;
import org.contractfirst.client.bird.model.UpdateProfileRequest;
import org.contractfirst.client.runtime.ClientConfig;
import org.junit.jupiter.api.Test;

/** What the Bird client sends: the bearer token configured once, JSON bodies of the fields given; and its timeouts. */
class BirdWireTest {

    @Test
    void theTokenGoesAsABearerAndOnlyTheGivenFieldsAreSent() throws Exception {
        try (RecordingServer server = new RecordingServer(Response.json(200, "{\"id\":\"3f9c7a52-8d41-4b8e-9a43-6f1b2d7e5c10\"}"))) {
            new CurrentUserApi(ClientConfig.of(server.baseUri()).withCredential("bird-demo-token"))
                    .updateProfile(new UpdateProfileRequest().bio("Countess"));

            RecordingServer.Request request = server.requests().get(0);
            assertEquals("PATCH", request.method());
            assertEquals("Bearer bird-demo-token", request.headers().getFirst("Authorization"));
            assertEquals("application/json", request.headers().getFirst("Content-Type"));
            assertEquals("{\"bio\":\"Countess\"}", request.bodyText());
        }
    }

    @Test
    void withoutACredentialNoAuthorizationIsSent() throws Exception {
        try (RecordingServer server = new RecordingServer(new Response(202, java.util.Map.of(), ""))) {
            new CurrentUserApi(ClientConfig.of(server.baseUri())).deleteProfile();
            assertNull(server.requests().get(0).headers().getFirst("Authorization"));
        }
    }

    @Test
    void aServerThatDoesNotAnswerInTheRequestTimeoutFailsTheCall() {
        try (SilentServer server = new SilentServer()) {
            CurrentUserApi me = new CurrentUserApi(ClientConfig.of(server.baseUri()).withCredential("bird-demo-token")
                    .withConnectTimeout(Duration.ofSeconds(5)).withRequestTimeout(Duration.ofMillis(200)));
            UncheckedIOException e = assertThrows(UncheckedIOException.class, me::getProfile);
            assertTrue(e.getCause() instanceof HttpTimeoutException, String.valueOf(e.getCause()));
        }
    }
}
