package org.contractfirst.server.runtime.validation;

import org.contractfirst.server.runtime.ItemsApi;
import org.contractfirst.server.runtime.StageHarness;
import org.contractfirst.server.runtime.binding.Mappers;
import org.contractfirst.server.runtime.pipeline.ErrorShape;
import org.contractfirst.server.runtime.errors.ErrorStage;
import org.contractfirst.server.runtime.spec.ServedSpec;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The validation stage on its own: the arrays of a JSON body held to their schema at any depth, and the parameters'
 * annotations checked as JSON Schema means them, each refusal the API's invalid input naming what broke it.
 */
class ValidationStageTest {

    private static final ServedSpec SPEC = ServedSpec.of("specs/validation.yaml");
    private static final ErrorShape ERRORS = new ItemsApi.Items().errors();
    private static final String EMOJI = "\uD83D\uDE00";

    /** The operations of {@code specs/validation.yaml}, answering with the body or parameters they received. */
    @Path("/")
    @Produces(MediaType.TEXT_PLAIN)
    public static final class Received {

        @POST
        @Path("{operation: batches|lists|choices|plain}")
        @Consumes(MediaType.APPLICATION_JSON)
        public String body(JsonNode body) {
            return "received " + body;
        }

        @GET
        @Path("search")
        public String search(@QueryParam("name") @Size(max = 2) String name, @QueryParam("page") @Max(10) Integer page,
                             @QueryParam("prefix") @Pattern(regexp = "^/") String prefix) {
            return "name=" + name + " page=" + page + " prefix=" + prefix;
        }
    }

    private static StageHarness harness(boolean withValidation) {
        return withValidation
                ? StageHarness.of(SPEC, List.of(new Received()), new ValidationStage(SPEC, Mappers.json()), new ErrorStage(ERRORS))
                : StageHarness.of(SPEC, List.of(new Received()), new ErrorStage(ERRORS));
    }

    private final StageHarness harness = harness(true);

    private StageHarness.Answer post(StageHarness on, String path, String json) {
        return on.request("POST", path).body(MediaType.APPLICATION_JSON, json).send();
    }

    private static void assertInvalid(String message, StageHarness.Answer answer) {
        assertEquals(422, answer.status(), answer.body());
        assertTrue(answer.body().contains("\"kind\":\"INVALID_INPUT\""), answer.body());
        assertTrue(answer.body().contains(message), answer.body());
    }

    @Test
    void anArrayWithinItsCountsOfUniqueItemsPasses() {
        StageHarness.Answer answer = post(harness, "/batches", "{\"ids\": [1, 2, 3], \"labels\": [\"a\", null]}");
        assertEquals(200, answer.status(), answer.body());
        assertEquals("received {\"ids\":[1,2,3],\"labels\":[\"a\",null]}", answer.body());
    }

    @Test
    void tooFewOrTooManyItemsAreInvalidInput() {
        assertInvalid("ids: at least 1 items", post(harness, "/batches", "{\"ids\": []}"));
        assertInvalid("ids: at most 3 items", post(harness, "/batches", "{\"ids\": [1, 2, 3, 4]}"));
    }

    @Test
    void aRepeatedItemIsInvalidWhereItemsMustBeUnique() {
        assertInvalid("ids: items must be unique", post(harness, "/batches", "{\"ids\": [1, 2, 1]}"));
    }

    @Test
    void uniqueItemsLooksIntoObjectsAtDepthWhateverTheOrderOfTheirFields() {
        assertInvalid("group.members: items must be unique", post(harness, "/batches",
                "{\"group\": {\"members\": [{\"name\": \"a\", \"rank\": 1}, {\"rank\": 1, \"name\": \"a\"}]}}"));
        StageHarness.Answer distinct = post(harness, "/batches",
                "{\"group\": {\"members\": [{\"name\": \"a\", \"rank\": 1}, {\"name\": \"a\", \"rank\": 2}]}}");
        assertEquals(200, distinct.status(), distinct.body());
    }

    @Test
    void aNullItemIsInvalidUnlessTheItemsAreNullable() {
        assertInvalid("codes[1]: must not be null", post(harness, "/batches", "{\"codes\": [\"a\", null]}"));
        assertEquals(200, post(harness, "/batches", "{\"labels\": [null, null]}").status());
    }

    @Test
    void theArraysOfAnAdditionalPropertyAreHeldToItsSchema() {
        assertInvalid("lookup.colours: at most 2 items", post(harness, "/batches",
                "{\"lookup\": {\"sizes\": [\"s\"], \"colours\": [\"red\", \"green\", \"blue\"]}}"));
        assertEquals(200, post(harness, "/batches", "{\"lookup\": {\"colours\": [\"red\", \"green\"]}}").status());
    }

    @Test
    void anArrayThatIsTheBodyIsCountedAsTheBody() {
        assertInvalid("body: at least 1 items", post(harness, "/lists", "[]"));
        assertInvalid("body: at most 2 items", post(harness, "/lists", "[\"a\", \"b\", \"c\"]"));
        assertInvalid("body[0]: must not be null", post(harness, "/lists", "[null]"));
        assertEquals("received [\"a\",\"b\"]", post(harness, "/lists", "[\"a\", \"b\"]").body());
    }

    @Test
    void withoutTheStageTheSameArraysReachTheResource() {
        StageHarness open = harness(false);
        assertEquals("received {\"ids\":[1,2,1]}", post(open, "/batches", "{\"ids\": [1, 2, 1]}").body());
        assertEquals("received []", post(open, "/lists", "[]").body());
        assertEquals("received {\"codes\":[\"a\",null]}", post(open, "/batches", "{\"codes\": [\"a\", null]}").body());
    }

    @Test
    void theArraysOfAOneOfAreLeftToTheBranchesModels() {
        StageHarness.Answer answer = post(harness, "/choices", "[\"a\", \"b\"]");
        assertEquals(200, answer.status(), answer.body());
    }

    @Test
    void aBodyThatIsNotJsonIsLeftForBindingToRefuse() {
        // The stage reads the JSON only to count; a body it cannot read reaches the reader, which says why.
        StageHarness.Answer answer = post(harness, "/batches", "{\"ids\": [1,");
        assertEquals(400, answer.status(), answer.body());
        assertTrue(answer.body().contains("MALFORMED_INPUT"), answer.body());
    }

    @Test
    void aBodyOfASchemaWithoutArraysIsReadAsSent() {
        assertEquals("received {\"name\":\"x\"}", post(harness, "/plain", "{\"name\": \"x\"}").body());
    }

    @Test
    void aParameterThatBreaksItsAnnotationIsInvalidInputNamedAsTheSpecNamesIt() {
        assertInvalid("page: must be less than or equal to 10", harness.request("GET", "/search?page=11").send());
        assertInvalid("name: size must be between 0 and 2", harness.request("GET", "/search?name=abc").send());
        assertEquals("name=ab page=10 prefix=null", harness.request("GET", "/search?name=ab&page=10").send().body());
    }

    @Test
    void aParametersLengthCountsCodePoints() {
        StageHarness.Answer answer = harness.request("GET", "/search?name=" + EMOJI + EMOJI).send();
        assertEquals(200, answer.status(), answer.body());
        assertEquals("name=" + EMOJI + EMOJI + " page=null prefix=null", answer.body());
        assertInvalid("name:", harness.request("GET", "/search?name=" + EMOJI.repeat(3)).send());
    }

    @Test
    void withoutTheStageBeanValidationCountsUtf16UnitsInstead() {
        StageHarness.Answer answer = harness(false).request("GET", "/search?name=" + EMOJI + EMOJI).send();
        assertInvalid("size must be between 0 and 2", answer);
    }

    @Test
    void aParametersPatternIsSearchedForAsJsonSchemaSearches() {
        assertEquals("name=null page=null prefix=/index.html",
                harness.request("GET", "/search?prefix=/index.html").send().body());
        assertInvalid("prefix:", harness.request("GET", "/search?prefix=index.html").send());
        // Bean Validation alone matches the whole value: "^/" matches no more than "/".
        assertInvalid("prefix:", harness(false).request("GET", "/search?prefix=/index.html").send());
    }
}
