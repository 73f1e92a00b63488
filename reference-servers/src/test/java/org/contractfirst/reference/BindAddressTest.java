package org.contractfirst.reference;

import org.contractfirst.server.bird.BirdDefinition;
import org.contractfirst.server.runtime.ApiDefinition;
import org.contractfirst.server.runtime.ApiServer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A generated server binds the address it is given (0.0.0.0 in a container), not always 127.0.0.1. */
class BindAddressTest {

    @Test
    void aServerBoundToAnotherLoopbackAddressAnswersThereAndOnlyThere() throws IOException, InterruptedException {
        ApiDefinition bird = new BirdDefinition();
        try (ApiServer server = ApiServer.start(bird, ReferenceServers.implementation(bird), "127.0.0.2", 0)) {
            URI base = server.baseUri();

            assertEquals("127.0.0.2", base.getHost());
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/me"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(401, answer.statusCode());
            assertThrows(ConnectException.class, () -> new Socket("127.0.0.1", base.getPort()).close());
        }
    }
}
