package org.contractfirst.reference.client.unipile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.contractfirst.client.unipile.ApiException;
import org.contractfirst.reference.client.RecordingServer;
import org.contractfirst.reference.client.RecordingServer.Request;
import org.contractfirst.reference.client.RecordingServer.Response;
import org.contractfirst.client.runtime.ClientConfig;
import org.contractfirst.client.runtime.RetryPolicy;
import org.contractfirst.client.unipile.api.UsersApi;
import org.contractfirst.client.unipile.model.ProfileEdited;
import org.junit.jupiter.api.Test;

/** The opt-in retry of 429 and 503, which waits as Retry-After says. */
class UnipileRetryTest {

    private static final String EDITED = "{\"object\":\"ProfileEdited\"}";
    private static final RetryPolicy THREE_TRIES = RetryPolicy.onTooManyRequestsAndUnavailable(3, Duration.ZERO, Duration.ofSeconds(1));

    private static Response failing(int status, String retryAfter) {
        return new Response(status, Map.of("Content-Type", "application/json", "Retry-After", retryAfter),
                "{\"title\":\"x\",\"type\":\"errors/" + (status == 429 ? "too_many_requests" : "service_unavailable")
                        + "\",\"status\":" + status + "}");
    }

    private static UsersApi users(RecordingServer server, RetryPolicy retry) {
        return new UsersApi(ClientConfig.of(server.baseUri()).withCredential("unipile-demo-key").withRetry(retry));
    }

    private static ProfileEdited edit(UsersApi users) throws ApiException {
        return users.editAccountOwnerProfile("LINKEDIN", "acc_linkedin_demo", null, "Retried", null, null, null, null,
                null, null, null, null, null);
    }

    @Test
    void retries429And503AndSendsTheSameBodyAgain() throws Exception {
        try (RecordingServer server = new RecordingServer(failing(429, "0"), failing(503, "0"), Response.json(200, EDITED))) {
            assertEquals(ProfileEdited.ObjectEnum.PROFILE_EDITED, edit(users(server, THREE_TRIES)).getObject());
            List<Request> requests = server.requests();
            assertEquals(3, requests.size());
            assertEquals(requests.get(0).bodyText().replaceAll("contractfirst-[0-9a-f-]+", ""),
                    requests.get(2).bodyText().replaceAll("contractfirst-[0-9a-f-]+", ""));
        }
    }

    @Test
    void withoutTheOptInA503IsThrownAtOnce() {
        try (RecordingServer server = new RecordingServer(failing(503, "0"), Response.json(200, EDITED))) {
            ApiException e = assertThrows(ApiException.class, () -> edit(users(server, RetryPolicy.none())));
            assertEquals(503, e.status());
            assertEquals(1, server.requests().size());
        }
    }

    @Test
    void theLastFailureIsThrownWhenTheAttemptsAreUsedUp() {
        try (RecordingServer server = new RecordingServer(failing(429, "0"))) {
            ApiException e = assertThrows(ApiException.class, () -> edit(users(server, THREE_TRIES)));
            assertEquals(429, e.status());
            assertEquals(3, server.requests().size());
        }
    }

    @Test
    void aRetryAfterBeyondTheAllowedWaitIsNotWaitedFor() {
        try (RecordingServer server = new RecordingServer(failing(503, "3600"), Response.json(200, EDITED))) {
            ApiException e = assertThrows(ApiException.class, () -> edit(users(server, THREE_TRIES)));
            assertEquals("3600", e.headers().firstValue("Retry-After").orElseThrow());
            assertEquals(1, server.requests().size());
        }
    }

    @Test
    void otherFailuresAreNotRetried() {
        try (RecordingServer server = new RecordingServer(failing(500, "0"), Response.json(200, EDITED))) {
            assertThrows(ApiException.class, () -> edit(users(server, THREE_TRIES)));
            assertEquals(1, server.requests().size());
        }
    }
}
