package org.contractfirst.server.runtime.spec;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.contractfirst.server.runtime.StageHarness;
import org.contractfirst.server.runtime.pipeline.ErrorShape;
import org.contractfirst.server.runtime.errors.ErrorStage;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The request's operation, noted before every stage ({@link StageHarness} notes it as the pipeline does): what the
 * resource and the error shape see of it while the request is served, and nothing once it is answered.
 */
class CurrentOperationTest {

    private final ServedSpec spec = ServedSpec.of("specs/styles.yaml");
    private final Seen seen = new Seen();
    /** The operation each error answered was for, as the error shape saw it. */
    private final List<String> erredFor = new ArrayList<>();
    private final ErrorShape errors = (kind, message) -> {
        erredFor.add(CurrentOperation.id().orElse("-") + " at " + CurrentOperation.path().orElse("-"));
        return Response.status(kind.usualStatus()).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("kind", kind.name())).build();
    };
    private final StageHarness harness = StageHarness.of(spec, List.of(seen), new ErrorStage(errors));

    /** Records the operation noted for each request it serves, and the thread it served it on. */
    @Path("/things")
    public static final class Seen {
        final List<String> operations = new ArrayList<>();
        final List<Thread> threads = new ArrayList<>();

        @GET
        @Path("{id}")
        @Produces("application/json")
        public Response getThing(@PathParam("id") String id) {
            note();
            if (id.equals("teapot")) {
                throw new NotFoundException("no teapot here");
            }
            return Response.ok(Map.of("id", id)).header("X-Operation", CurrentOperation.id().orElse("")).build();
        }

        @DELETE
        @Path("{id}")
        public void deleteThing(@PathParam("id") String id) {
            note();
        }

        private void note() {
            operations.add(CurrentOperation.id().orElse("-") + " at " + CurrentOperation.path().orElse("-"));
            threads.add(Thread.currentThread());
        }
    }

    @Test
    void theResourceSeesTheOperationAndPathOfItsRequest() {
        StageHarness.Answer get = harness.request("GET", "/things/7").send();
        StageHarness.Answer delete = harness.request("DELETE", "/things/7").send();

        assertEquals(200, get.status(), get.body());
        assertEquals(204, delete.status(), delete.body());
        assertEquals(List.of("getThing at /things/7", "deleteThing at /things/7"), seen.operations);
    }

    @Test
    void aHeadIsServedByTheOperationOfItsPathsGet() {
        StageHarness.Answer head = harness.request("HEAD", "/things/7").send();

        assertEquals(200, head.status());
        assertEquals("getThing", head.header("X-Operation"));
        assertEquals(List.of("getThing at /things/7"), seen.operations);
    }

    @Test
    void aMethodThePathHasNotIsKnownByItsPathAlone() {
        StageHarness.Answer put = harness.request("PUT", "/things/7").send();

        assertEquals(405, put.status(), put.body());
        assertEquals(List.of("- at /things/7"), erredFor);
    }

    @Test
    void anErrorRaisedInTheResourceIsAnsweredKnowingItsOperation() {
        StageHarness.Answer teapot = harness.request("GET", "/things/teapot").send();
        StageHarness.Answer nowhere = harness.request("GET", "/nowhere").send();

        assertEquals(404, teapot.status(), teapot.body());
        assertEquals(404, nowhere.status(), nowhere.body());
        assertEquals(List.of("getThing at /things/teapot", "- at /nowhere"), erredFor);
        assertEquals(List.of("getThing at /things/teapot"), seen.operations);
    }

    @Test
    void theOperationIsForgottenOnceTheRequestIsAnswered() {
        StageHarness.Answer get = harness.request("GET", "/things/7").send();

        // Jersey serves the in-memory request on the test's own thread, which must not keep the operation.
        assertEquals(200, get.status(), get.body());
        assertSame(Thread.currentThread(), seen.threads.get(0));
        assertEquals(Optional.empty(), CurrentOperation.id());
        assertEquals(Optional.empty(), CurrentOperation.path());
    }

    @Test
    void theOperationIsForgottenAfterAnErrorAndARefusalToo() {
        harness.request("GET", "/things/teapot").send();
        assertEquals(Optional.empty(), CurrentOperation.id());
        assertEquals(Optional.empty(), CurrentOperation.path());

        harness.request("PUT", "/things/7").send();
        assertEquals(Optional.empty(), CurrentOperation.path());
        assertTrue(seen.threads.stream().allMatch(thread -> thread == Thread.currentThread()));
    }
}
