package org.contractfirst.server.runtime.routing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import org.contractfirst.server.runtime.ItemsApi;
import org.contractfirst.server.runtime.StageHarness;
import org.contractfirst.server.runtime.pipeline.ErrorShape;
import org.contractfirst.server.runtime.errors.ErrorStage;
import org.contractfirst.server.runtime.spec.ServedSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The routing stage on its own, in front of a resource that answers with the values it was handed: a parameter sent
 * in the style its spec declares ({@code specs/styles.yaml}) reaches the resource in the form its generated code binds,
 * and Accept is set aside where the API has one media type.
 */
class RoutingStageTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final ErrorShape ERRORS = StageHarness.USUAL_ERRORS;

    private final ServedSpec spec = ServedSpec.of("specs/styles.yaml");
    private final StageHarness harness = StageHarness.of(spec, List.of(new Echo()),
            new RoutingStage(spec, new ParameterStyles(spec)), new ErrorStage(ERRORS));
    private final StageHarness withoutRouting = StageHarness.of(spec, List.of(new Echo()), new ErrorStage(ERRORS));

    /** Binds as the generated resources of {@code styles.yaml} would, and answers with what it was given. */
    @Path("/")
    @Produces("application/json")
    public static final class Echo {

        @GET
        @Path("colours/{colour}")
        public Map<String, Object> getColour(@PathParam("colour") String colour) {
            return Map.of("value", colour);
        }

        @GET
        @Path("dots/{parts}")
        public Map<String, Object> getDots(@PathParam("parts") String parts) {
            return Map.of("value", parts);
        }

        @GET
        @Path("points/{id}")
        public Map<String, Object> getPoint(@PathParam("id") String id) {
            return Map.of("value", id);
        }

        @GET
        @Path("shapes/{ids}")
        public Map<String, Object> getShapes(@PathParam("ids") String ids) {
            return Map.of("value", ids);
        }

        @GET
        @Path("search")
        public Map<String, Object> search(@QueryParam("ids") List<String> ids, @QueryParam("many") List<String> many,
                                          @QueryParam("tags") List<String> tags, @QueryParam("words") List<String> words,
                                          @QueryParam("filter") String filter, @QueryParam("other") String other,
                                          @HeaderParam("X-Codes") List<String> codes) {
            Map<String, Object> received = new LinkedHashMap<>();
            received.put("ids", ids);
            received.put("many", many);
            received.put("tags", tags);
            received.put("words", words);
            received.put("filter", filter);
            received.put("other", other);
            received.put("codes", codes);
            return received;
        }
    }

    private static JsonNode json(StageHarness.Answer answer) {
        try {
            return JSON.readTree(answer.body());
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + answer.body(), e);
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    private JsonNode search(StageHarness on, String query) {
        StageHarness.Answer answer = on.request("GET", "/search?" + query).send();
        assertEquals(200, answer.status(), answer.body());
        return json(answer);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "/colours/.blue       | blue",
            "/dots/.a.b.c         | a,b,c",
            "/points/;id=5        | 5",
            "/shapes/;ids=a;ids=b | a,b"})
    void aLabelOrMatrixSegmentReachesTheResourceInTheSimpleStyle(String path, String bound) {
        StageHarness.Answer answer = harness.request("GET", path).send();

        assertEquals(200, answer.status(), answer.body());
        assertEquals(bound, json(answer).path("value").asText());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "/colours/blue        | blue",
            "/points/5            | 5"})
    void aSegmentNotInItsDeclaredStyleIsLeftAsItIs(String path, String bound) {
        StageHarness.Answer answer = harness.request("GET", path).send();

        assertEquals(200, answer.status(), answer.body());
        assertEquals(bound, json(answer).path("value").asText());
    }

    @Test
    void aMatrixSegmentNamingAnotherParameterIsLeftForMatchingToRefuse() {
        StageHarness.Answer answer = harness.request("GET", "/points/;other=5").send();

        assertEquals(404, answer.status(), answer.body());
        assertEquals("NOT_FOUND", json(answer).path("kind").asText());
    }

    @Test
    void withoutTheStageTheLabelIsBoundWithItsDot() {
        StageHarness.Answer answer = withoutRouting.request("GET", "/colours/.blue").send();

        assertEquals(".blue", json(answer).path("value").asText());
    }

    @Test
    void aQueryArrayNotExplodedReachesTheResourceAsItsItems() {
        JsonNode received = search(harness, "ids=1,2,3&tags=red%7Cgreen&words=big%20small%20tiny");

        assertEquals(List.of("1", "2", "3"), strings(received.path("ids")));
        assertEquals(List.of("red", "green"), strings(received.path("tags")));
        assertEquals(List.of("big", "small", "tiny"), strings(received.path("words")));
    }

    @Test
    void withoutTheStageAnArrayNotExplodedIsOneValue() {
        JsonNode received = search(withoutRouting, "ids=1,2,3&tags=red%7Cgreen");

        assertEquals(List.of("1,2,3"), strings(received.path("ids")));
        assertEquals(List.of("red|green"), strings(received.path("tags")));
    }

    @Test
    void anExplodedArrayAndAnUndeclaredParameterAreLeftAsSent() {
        JsonNode received = search(harness, "many=a,b&many=c&other=x,y");

        assertEquals(List.of("a,b", "c"), strings(received.path("many")));
        assertEquals("x,y", received.path("other").asText());
    }

    @Test
    void aDeepObjectReachesTheResourceAsTheJsonOfItsProperties() throws Exception {
        JsonNode received = search(harness, "filter%5Bcolour%5D=red&filter[size]=M&other=kept");

        JsonNode filter = JSON.readTree(received.path("filter").asText());
        assertEquals("red", filter.path("colour").asText());
        assertEquals("M", filter.path("size").asText());
        assertEquals(2, filter.size());
        assertEquals("kept", received.path("other").asText());
    }

    @Test
    void withoutTheStageADeepObjectIsNotBound() {
        JsonNode received = search(withoutRouting, "filter[colour]=red");

        assertTrue(received.path("filter").isNull(), received.toString());
    }

    @Test
    void aHeaderArrayReachesTheResourceAsItsItemsTrimmed() {
        StageHarness.Answer answer = harness.request("GET", "/search").header("X-Codes", "a, b,c").send();

        assertEquals(List.of("a", "b", "c"), strings(json(answer).path("codes")));
    }

    @Test
    void withoutTheStageAHeaderArrayIsOneValue() {
        StageHarness.Answer answer = withoutRouting.request("GET", "/search").header("X-Codes", "a, b,c").send();

        assertEquals(List.of("a, b,c"), strings(json(answer).path("codes")));
    }

    @Test
    void anApiWithOneMediaTypeAnswersItWhateverTheAccept() {
        StageHarness.Answer answer = harness.request("GET", "/colours/.blue").header("Accept", "application/xml").send();

        assertEquals(200, answer.status(), answer.body());
        assertTrue(answer.header("Content-Type").startsWith("application/json"), answer.header("Content-Type"));
        assertEquals("blue", json(answer).path("value").asText());
    }

    @Test
    void withoutTheStageAnAcceptTheResourceCannotMeetIsNotAcceptable() {
        StageHarness.Answer answer = withoutRouting.request("GET", "/colours/blue").header("Accept", "application/xml").send();

        assertEquals(406, answer.status(), answer.body());
        assertEquals("NOT_ACCEPTABLE", json(answer).path("kind").asText());
    }

    @Test
    void anApiThatNegotiatesKeepsTheAcceptButOfAnOptions() {
        ServedSpec items = ServedSpec.of("specs/items.yaml");
        ItemsApi.Items api = new ItemsApi.Items();
        StageHarness negotiating = StageHarness.of(items, List.of(new ItemsApi.ItemsResource(null)),
                new RoutingStage(items, new ParameterStyles(items)), new ErrorStage(api.errors()));

        StageHarness.Answer csv = negotiating.request("GET", "/items/a").header("Accept", "text/csv").send();
        StageHarness.Answer options = negotiating.request("OPTIONS", "/items/a").header("Accept", "application/json").send();

        assertEquals(406, csv.status(), csv.body());
        assertTrue(csv.body().contains("NOT_ACCEPTABLE"), csv.body());
        assertEquals(200, options.status(), options.body());
        assertTrue(options.header("Allow").contains("GET"), String.valueOf(options.header("Allow")));
        assertTrue(options.header("Content-Type").startsWith("text/plain"), options.header("Content-Type"));
        assertTrue(options.body().contains("GET"), options.body());

        StageHarness.Answer unfiltered = StageHarness.of(items, List.of(new ItemsApi.ItemsResource(null)),
                new ErrorStage(api.errors())).request("OPTIONS", "/items/a").header("Accept", "application/json").send();
        // Without the stage, the same OPTIONS is an empty body labelled JSON.
        assertEquals("", unfiltered.body());
        assertTrue(unfiltered.header("Content-Type").startsWith("application/json"), unfiltered.header("Content-Type"));
    }

    @Test
    void aMethodThePathDoesNotHaveIsNotAllowed() {
        StageHarness.Answer answer = harness.request("DELETE", "/colours/.blue").send();

        assertEquals(405, answer.status(), answer.body());
        assertEquals("METHOD_NOT_ALLOWED", json(answer).path("kind").asText());
    }
}
