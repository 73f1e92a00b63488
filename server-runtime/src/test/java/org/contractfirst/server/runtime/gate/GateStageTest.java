package org.contractfirst.server.runtime.gate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import org.contractfirst.server.runtime.StageHarness;
import org.contractfirst.server.runtime.binding.Mappers;
import org.contractfirst.server.runtime.pipeline.ErrorShape;
import org.contractfirst.server.runtime.errors.ErrorStage;
import org.contractfirst.server.runtime.routing.ParameterStyles;
import org.contractfirst.server.runtime.spec.ServedSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The gate's filters on their own (the Grizzly part is {@link RequestGateTest}'s): a body over the limit, a path the
 * spec does not have, a form that cannot be read, each refused in the API's shape before any resource sees it.
 */
class GateStageTest {

    private static final int LIMIT = 64;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Each kind answered with its usual status, its name in the body. */
    private static final ErrorShape ERRORS = StageHarness.USUAL_ERRORS;

    private final ServedSpec spec = ServedSpec.of("specs/styles.yaml");
    private final Echo echo = new Echo();
    private final StageHarness harness = StageHarness.of(spec, List.of(echo),
            new GateStage(spec, ERRORS, Mappers.json(), LIMIT, new ParameterStyles(spec)), new ErrorStage(ERRORS));
    private final StageHarness withoutGate = StageHarness.of(spec, List.of(echo), new ErrorStage(ERRORS));

    /** Answers with what it received, and counts the requests that reached it. */
    @Path("/")
    public static final class Echo {
        final List<String> reached = new ArrayList<>();

        @POST
        @Path("notes")
        @Consumes("text/plain")
        @Produces("application/json")
        public Map<String, Object> addNote(String note) {
            reached.add("addNote");
            return Map.of("note", note);
        }

        @POST
        @Path("search")
        @Consumes("application/x-www-form-urlencoded")
        @Produces("application/json")
        public Map<String, Object> submit(@FormParam("name") String name, @FormParam("ids") List<String> ids) {
            reached.add("submit");
            Map<String, Object> received = new LinkedHashMap<>();
            received.put("name", name);
            received.put("ids", ids);
            return received;
        }

        @GET
        @Path("things/{id}")
        @Produces("application/json")
        public Map<String, Object> getThing(@PathParam("id") String id) {
            reached.add("getThing");
            return Map.of("id", id);
        }
    }

    private static JsonNode json(StageHarness.Answer answer) {
        try {
            return JSON.readTree(answer.body());
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + answer.body(), e);
        }
    }

    private static void assertRefused(int status, String kind, StageHarness.Answer answer) {
        assertEquals(status, answer.status(), answer.body());
        assertEquals(kind, json(answer).path("kind").asText(), answer.body());
    }

    private static byte[] bytes(int count) {
        return "x".repeat(count).getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void aContentLengthOverTheLimitIsRefusedBeforeTheBodyIsRead() {
        StageHarness.Answer answer = harness.request("POST", "/notes").body("text/plain", bytes(LIMIT + 1)).send();

        assertRefused(413, "PAYLOAD_TOO_LARGE", answer);
        assertTrue(json(answer).path("message").asText().contains(String.valueOf(LIMIT)), answer.body());
        assertEquals(List.of(), echo.reached);
    }

    @Test
    void aBodyOfExactlyTheLimitIsReadWhole() {
        StageHarness.Answer answer = harness.request("POST", "/notes").body("text/plain", bytes(LIMIT)).send();

        assertEquals(200, answer.status(), answer.body());
        assertEquals("x".repeat(LIMIT), json(answer).path("note").asText());
    }

    @Test
    void aStreamWithoutALengthIsRefusedAsSoonAsItPassesTheLimit() {
        StageHarness.Answer over = harness.request("POST", "/notes").streamed("text/plain", bytes(LIMIT * 4)).send();
        StageHarness.Answer within = harness.request("POST", "/notes").streamed("text/plain", bytes(LIMIT)).send();

        assertRefused(413, "PAYLOAD_TOO_LARGE", over);
        assertEquals(200, within.status(), within.body());
        assertEquals("x".repeat(LIMIT), json(within).path("note").asText());
    }

    @Test
    void aStreamThatUnderstatesItsLengthIsStoppedAtTheLimitAllTheSame() {
        StageHarness.Answer answer = harness.request("POST", "/notes").streamed("text/plain", bytes(LIMIT * 4))
                .header("Content-Length", "3").send();

        assertRefused(413, "PAYLOAD_TOO_LARGE", answer);
    }

    @Test
    void aFormStreamedOverTheLimitIsRefusedByTheFormReaderToo() {
        StageHarness.Answer answer = harness.request("POST", "/search")
                .streamed("application/x-www-form-urlencoded", ("name=" + "y".repeat(LIMIT)).getBytes(StandardCharsets.US_ASCII))
                .send();

        assertRefused(413, "PAYLOAD_TOO_LARGE", answer);
        assertEquals(List.of(), echo.reached);
    }

    @Test
    void withoutTheGateABodyOverTheLimitIsRead() {
        StageHarness.Answer answer = withoutGate.request("POST", "/notes").body("text/plain", bytes(LIMIT * 4)).send();

        assertEquals(200, answer.status(), answer.body());
        assertEquals(LIMIT * 4, json(answer).path("note").asText().length());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/nothing", "/things", "/things/7/", "/things;x=1/7", "/things/7/parts"})
    void aPathNoTemplateOfTheSpecMatchesIsNotFound(String path) {
        StageHarness.Answer answer = harness.request("GET", path).send();

        assertRefused(404, "NOT_FOUND", answer);
        assertEquals(List.of(), echo.reached, path);
    }

    @Test
    void withoutTheGateJerseyTakesATrailingSlashOrAMatrixParameterForThePath() {
        StageHarness.Answer slash = withoutGate.request("GET", "/things/7/").send();
        StageHarness.Answer matrix = withoutGate.request("GET", "/things;x=1/7").send();

        assertEquals(200, slash.status(), slash.body());
        assertEquals(200, matrix.status(), matrix.body());
        assertEquals("7", json(matrix).path("id").asText());
    }

    @Test
    void aPathOfTheSpecIsHandedOnWhateverItsMethod() {
        StageHarness.Answer known = harness.request("GET", "/things/7").send();
        StageHarness.Answer otherMethod = harness.request("PUT", "/things/7").send();

        assertEquals(200, known.status(), known.body());
        assertEquals("7", json(known).path("id").asText());
        assertRefused(405, "METHOD_NOT_ALLOWED", otherMethod);
    }

    @ParameterizedTest
    @ValueSource(strings = {"name=a%ZZ", "name=a%", "name=%FF", "name=a%00b", "ids=%C3%28"})
    void aFormThatCannotBeReadIsMalformedInput(String form) {
        StageHarness.Answer answer = harness.request("POST", "/search")
                .body("application/x-www-form-urlencoded", form).send();

        assertRefused(400, "MALFORMED_INPUT", answer);
        assertTrue(json(answer).path("message").asText().contains("form"), answer.body());
        assertEquals(List.of(), echo.reached, form);
    }

    @Test
    void aFormOfBytesThatAreNotUtf8IsMalformedInput() {
        byte[] form = {'n', 'a', 'm', 'e', '=', 'c', 'a', 'f', (byte) 0xE9};
        StageHarness.Answer answer = harness.request("POST", "/search")
                .body("application/x-www-form-urlencoded", form).send();

        assertRefused(400, "MALFORMED_INPUT", answer);
        assertTrue(json(answer).path("message").asText().contains("not UTF-8"), answer.body());
    }

    @Test
    void withoutTheGateBytesThatAreNotUtf8ReachTheResourceAsReplacementCharacters() {
        StageHarness.Answer answer = withoutGate.request("POST", "/search")
                .body("application/x-www-form-urlencoded", "name=a%FFb").send();

        assertEquals(200, answer.status(), answer.body());
        assertEquals(List.of("submit"), echo.reached);
        assertTrue(json(answer).path("name").asText().contains("\uFFFD"), answer.body());
    }

    @Test
    void aReadableFormIsHandedOnDecodedWithEachFieldInItsEncodingsStyle() {
        StageHarness.Answer answer = harness.request("POST", "/search")
                .body("application/x-www-form-urlencoded; charset=UTF-8", "name=caf%C3%A9+au+lait&ids=1,2,3").send();

        assertEquals(200, answer.status(), answer.body());
        assertEquals("café au lait", json(answer).path("name").asText());
        assertEquals(List.of("1", "2", "3"), strings(json(answer).path("ids")));
    }

    @Test
    void withoutTheGateAFieldNotExplodedIsOneValue() {
        StageHarness.Answer answer = withoutGate.request("POST", "/search")
                .body("application/x-www-form-urlencoded", "ids=1,2,3").send();

        assertEquals(List.of("1,2,3"), strings(json(answer).path("ids")));
    }

    @Test
    void aBodyOfAnotherMediaTypeIsNotReadAsAForm() {
        StageHarness.Answer answer = harness.request("POST", "/notes").body("text/plain", "a%ZZ").send();

        assertEquals(200, answer.status(), answer.body());
        assertEquals("a%ZZ", json(answer).path("note").asText());
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }
}
