package org.contractfirst.server.runtime;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import org.contractfirst.server.runtime.errors.ErrorStage;
import org.contractfirst.server.runtime.spec.ServedSpec;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The implementation stage on its own: the definition's resources serve, and the implementation's providers run. */
class ImplementationStageTest {

    /** An implementation's own provider: it marks every answer. */
    public static final class Marker implements ContainerResponseFilter {
        @Override
        public void filter(jakarta.ws.rs.container.ContainerRequestContext request, ContainerResponseContext response) {
            response.getHeaders().putSingle("X-Marked", "yes");
        }
    }

    private static final class MarkedItems implements ApiImplementation {
        private final ItemsApi.Items items = new ItemsApi.Items();

        @Override
        public org.contractfirst.server.runtime.pipeline.ErrorShape errors() {
            return items.errors();
        }

        @Override
        public org.contractfirst.server.runtime.security.Authenticator authenticator() {
            return items.authenticator();
        }

        @Override
        public List<Object> providers() {
            return List.of(new Marker());
        }
    }

    private final ServedSpec spec = ServedSpec.of("specs/items.yaml");

    @Test
    void theDefinitionsResourcesAnswerAndTheImplementationsProvidersRun() {
        StageHarness harness = StageHarness.of(spec, List.of(),
                new ImplementationStage(new ItemsApi.Definition(), new MarkedItems(), spec), new ErrorStage(new ItemsApi.Items().errors()));
        StageHarness.Answer answer = harness.request("GET", "/items/a").send();
        assertEquals(200, answer.status(), answer.body());
        assertEquals("{\"name\":\"a\"}", answer.body());
        assertEquals("yes", answer.header("X-Marked"));
    }

    @Test
    void withoutTheStageNoResourceAnswers() {
        StageHarness.Answer answer = StageHarness.of(spec, List.of(), new ErrorStage(new ItemsApi.Items().errors()))
                .request("GET", "/items/a").send();
        assertEquals(404, answer.status());
        assertNull(answer.header("X-Marked"));
    }
}
