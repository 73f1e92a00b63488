package org.contractfirst.server.runtime.security;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.contractfirst.server.runtime.ItemsApi;
import org.contractfirst.server.runtime.StageHarness;
import org.contractfirst.server.runtime.errors.ErrorStage;
import org.contractfirst.server.runtime.spec.ServedSpec;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A security requirement that names two schemes is met by both credentials, never by one of them. */
class RequirementsOfTwoSchemesTest {

    @Path("/vault")
    public static final class Vault {
        @GET
        @Produces("application/json")
        @Secured(operationId = "openVault", value = {
                @Secured.Scheme(name = "apiKey", type = Secured.Type.API_KEY_HEADER, header = "X-API-KEY"),
                @Secured.Scheme(name = "oauth", type = Secured.Type.BEARER)})
        public Response open() {
            return Response.ok(Map.of("opened", true)).build();
        }
    }

    private final ServedSpec spec = ServedSpec.of("specs/together.yaml");
    private final SecurityRequirements requirements = SecurityRequirements.of(spec);
    private final ItemsApi.Items items = new ItemsApi.Items();
    private final StageHarness harness = StageHarness.of(spec, List.of(new Vault()),
            new SecurityStage(spec, items.authenticator(), items.errors(), "together"), new ErrorStage(items.errors()));

    @Test
    void oneSchemeOfTheTwoMeetsNothing() {
        Caller key = new Caller("k", "key", Set.of());
        Caller writer = new Caller("w", "writer", Set.of("write"));
        assertFalse(requirements.met("openVault", Map.of("apiKey", key)).isPresent());
        assertFalse(requirements.met("openVault", Map.of("oauth", writer)).isPresent());
        assertTrue(requirements.met("openVault", Map.of("apiKey", key, "oauth", writer)).isPresent());
        assertFalse(requirements.met("openVault", Map.of("apiKey", key, "oauth", new Caller("r", "reader", Set.of("read"))))
                .isPresent(), "the oauth credential lacks the scope the requirement names");
    }

    @Test
    void theApiKeyAloneIsRefused() {
        StageHarness.Answer answer = harness.request("GET", "/vault").header("X-API-KEY", "key").send();
        assertEquals(401, answer.status(), answer.body());
        assertTrue(answer.body().contains("UNAUTHENTICATED"), answer.body());
    }

    @Test
    void bothCredentialsOpenIt() {
        StageHarness.Answer answer = harness.request("GET", "/vault").header("X-API-KEY", "key")
                .header("Authorization", "Bearer writer").send();
        assertEquals(200, answer.status(), answer.body());
    }
}
