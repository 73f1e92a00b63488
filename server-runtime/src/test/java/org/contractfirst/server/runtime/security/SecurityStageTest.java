package org.contractfirst.server.runtime.security;

import org.contractfirst.server.runtime.ItemsApi;
import org.contractfirst.server.runtime.StageHarness;
import org.contractfirst.server.runtime.errors.ErrorStage;
import org.contractfirst.server.runtime.spec.ServedSpec;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The security stage on its own: in front of a resource that answers whoever reaches it. */
class SecurityStageTest {

    private final ServedSpec spec = ServedSpec.of("specs/items.yaml");
    private final ItemsApi.Items items = new ItemsApi.Items();
    private final StageHarness harness = StageHarness.of(spec, List.of(new ItemsApi.ItemsResource(null)),
            new SecurityStage(spec, items.authenticator(), items.errors(), "items"), new ErrorStage(items.errors()));

    @Test
    void noCredentialIsRefusedAsMissing() {
        StageHarness.Answer answer = harness.request("GET", "/items/a").send();
        assertEquals(401, answer.status());
        assertTrue(answer.body().contains("MISSING_CREDENTIALS"), answer.body());
    }

    @Test
    void aCredentialWithoutTheOperationsScopeIsRefusedAsUnauthenticated() {
        StageHarness.Answer answer = harness.request("GET", "/items/a").header("Authorization", "Bearer writer").send();
        assertEquals(401, answer.status());
        assertTrue(answer.body().contains("UNAUTHENTICATED"), answer.body());
    }

    @Test
    void aCredentialWithTheScopeReachesTheOperation() {
        StageHarness.Answer answer = harness.request("GET", "/items/a").header("Authorization", "Bearer reader").send();
        assertEquals(200, answer.status(), answer.body());
    }

    @Test
    void withoutTheStageTheSameRequestReachesTheOperation() {
        StageHarness open = StageHarness.of(spec, List.of(new ItemsApi.ItemsResource(null)), new ErrorStage(items.errors()));
        assertEquals(200, open.request("GET", "/items/a").send().status());
    }
}
