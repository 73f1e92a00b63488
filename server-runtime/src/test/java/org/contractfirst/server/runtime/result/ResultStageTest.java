package org.contractfirst.server.runtime.result;

import org.contractfirst.server.runtime.ItemsApi;
import org.contractfirst.server.runtime.StageHarness;
import org.contractfirst.server.runtime.binding.Mappers;
import org.contractfirst.server.runtime.pipeline.ErrorKind;
import org.contractfirst.server.runtime.pipeline.ErrorShape;
import org.contractfirst.server.runtime.errors.ErrorStage;
import org.contractfirst.server.runtime.spec.ServedSpec;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The result stage on its own: an answer written in the documented media type the request's Accept weighs highest,
 * XML by its schema's xml names, a 406 as it is; and {@link Responses} making the answer of an operation's result.
 */
class ResultStageTest {

    private static final ServedSpec SPEC = ServedSpec.of("specs/result.yaml");
    private static final ErrorShape ERRORS = new ItemsApi.Items().errors();

    /** A pet as a generated model holds it: by its JSON names. */
    public static final class Pet {
        public Integer id;
        public String name;
        public List<String> tags;

        static Pet of(int id, String name, List<String> tags) {
            Pet pet = new Pet();
            pet.id = id;
            pet.name = name;
            pet.tags = tags;
            return pet;
        }
    }

    /** The results of the operations, as generated code declares them. */
    record PetList(int status, List<Pet> body, Map<String, Object> headers) implements Result {
    }

    record OnePet(int status, Pet body) implements Result {
    }

    @Path("/pets")
    public static final class Pets {

        @GET
        @Produces({MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML})
        public Response list(@QueryParam("next") String next) {
            return Responses.of(new PetList(200, List.of(Pet.of(1, "Rex", List.of("good")), Pet.of(2, "Tom", null)),
                    Result.headers("X-Total", 2, "X-Tags", List.of("good", "old"), "X-Next", next,
                            "X-Checked", OffsetDateTime.of(2026, 12, 7, 1, 2, 3, 0, ZoneOffset.ofHours(2)))));
        }

        @GET
        @Path("{id}")
        @Produces({MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML})
        public Response get(@PathParam("id") String id) {
            return switch (id) {
                case "missing" -> ERRORS.error(ErrorKind.NOT_FOUND, "no pet missing");
                case "refused" -> ERRORS.error(ErrorKind.INVALID_INPUT, "the id is refused");
                case "unacceptable" -> ERRORS.error(ErrorKind.NOT_ACCEPTABLE, "nothing to serve");
                default -> Responses.of(new OnePet(200, Pet.of(7, "Rex", List.of("good", "dog"))));
            };
        }
    }

    private static StageHarness harness(boolean withResult) {
        return withResult
                ? StageHarness.of(SPEC, List.of(new Pets()), new ResultStage(SPEC, Mappers.json()), new ErrorStage(ERRORS))
                : StageHarness.of(SPEC, List.of(new Pets()), new ErrorStage(ERRORS));
    }

    private final StageHarness harness = harness(true);

    private StageHarness.Answer get(StageHarness on, String path, String accept) {
        return on.request("GET", path).header("Accept", accept).send();
    }

    private static String type(StageHarness.Answer answer) {
        return answer.header("Content-Type").split(";")[0].trim();
    }

    private static boolean isXml(StageHarness.Answer answer) {
        return answer.header("Content-Type").startsWith(MediaType.APPLICATION_XML);
    }

    @Test
    void anXmlAnswerIsWrittenByTheSchemasXmlNames() {
        StageHarness.Answer answer = get(harness, "/pets/7", MediaType.APPLICATION_XML);
        assertEquals(200, answer.status(), answer.body());
        assertTrue(isXml(answer), answer.header("Content-Type"));
        assertTrue(answer.body().endsWith("<pet id=\"7\"><label>Rex</label><tags><tag>good</tag><tag>dog</tag></tags></pet>"),
                answer.body());
    }

    @Test
    void aJsonAnswerKeepsItsJsonNames() {
        StageHarness.Answer answer = get(harness, "/pets/7", MediaType.APPLICATION_JSON);
        assertEquals(200, answer.status(), answer.body());
        assertTrue(answer.header("Content-Type").startsWith(MediaType.APPLICATION_JSON), answer.header("Content-Type"));
        assertEquals("{\"id\":7,\"name\":\"Rex\",\"tags\":[\"good\",\"dog\"]}", answer.body());
    }

    @Test
    void aListIsWrappedInTheArraysElementEachItemInItsOwn() {
        StageHarness.Answer answer = get(harness, "/pets", MediaType.APPLICATION_XML);
        assertEquals(200, answer.status(), answer.body());
        assertTrue(answer.body().endsWith("<pets><pet id=\"1\"><label>Rex</label><tags><tag>good</tag></tags></pet>"
                + "<pet id=\"2\"><label>Tom</label></pet></pets>"), answer.body());
    }

    @Test
    void withoutTheStageAnXmlAnswerCannotBeWritten() {
        StageHarness.Answer answer = get(harness(false), "/pets/7", MediaType.APPLICATION_XML);
        assertEquals(500, answer.status(), answer.body());
        assertTrue(answer.body().contains("\"kind\":\"INTERNAL\""), answer.body());
    }

    @Test
    void theTypeOfTheHighestWeightIsServed() {
        assertTrue(isXml(get(harness, "/pets/7", "application/xml;q=0.9, application/json;q=0.2")));
        assertFalse(isXml(get(harness, "/pets/7", "application/xml;q=0.2, application/json;q=0.9")));
        assertTrue(isXml(get(harness, "/pets/7", "application/*;q=0.3, application/xml")));
    }

    @Test
    void aTypeWeightedZeroIsNotAcceptableEvenWhereAWiderRangeIs() {
        StageHarness.Answer answer = get(harness, "/pets/7", "application/json;q=0, */*;q=0.5");
        assertEquals(200, answer.status(), answer.body());
        assertTrue(isXml(answer), answer.header("Content-Type") + " " + answer.body());
        assertTrue(answer.body().contains("<label>Rex</label>"), answer.body());
    }

    @Test
    void withoutTheStageJerseyServesTheTypeWeightedZero() {
        StageHarness.Answer answer = get(harness(false), "/pets/7", "application/json;q=0, */*;q=0.5");
        assertEquals(200, answer.status(), answer.body());
        assertEquals("application/json", type(answer));
    }

    @Test
    void anyTypeGetsTheFirstTheSpecDocuments() {
        StageHarness.Answer answer = get(harness, "/pets/7", "*/*");
        assertEquals("application/json", type(answer));
    }

    @Test
    void theApisErrorIsSwitchedToXmlWhereItsStatusDocumentsXml() {
        StageHarness.Answer answer = get(harness, "/pets/refused", MediaType.APPLICATION_XML);
        assertEquals(422, answer.status(), answer.body());
        assertTrue(isXml(answer), answer.header("Content-Type"));
        assertTrue(answer.body().contains("<error>") && answer.body().contains("<kind>INVALID_INPUT</kind>")
                && answer.body().contains("<message>the id is refused</message>"), answer.body());
    }

    @Test
    void anErrorWhoseStatusDocumentsOnlyJsonStaysJson() {
        StageHarness.Answer answer = get(harness, "/pets/missing", MediaType.APPLICATION_XML);
        assertEquals(404, answer.status(), answer.body());
        assertEquals("application/json", type(answer));
        assertTrue(answer.body().contains("\"kind\":\"NOT_FOUND\""), answer.body());
    }

    @Test
    void aNotAcceptableIsLeftAsItIs() {
        // 406 documents XML too, and the same Accept turns a 422 into XML: a 406 is sent because nothing acceptable can be.
        StageHarness.Answer answer = get(harness, "/pets/unacceptable", MediaType.APPLICATION_XML);
        assertEquals(406, answer.status(), answer.body());
        assertEquals("application/json", type(answer));
        assertTrue(answer.body().contains("\"kind\":\"NOT_ACCEPTABLE\""), answer.body());
    }

    @Test
    void aResultsHeadersAreSentInTheSimpleStyleAndItsAbsentOnesNot() {
        StageHarness.Answer answer = get(harness, "/pets", MediaType.APPLICATION_JSON);
        assertEquals(200, answer.status(), answer.body());
        assertEquals("2", answer.header("X-Total"));
        assertEquals("good,old", answer.header("X-Tags"));
        assertEquals("2026-12-07T01:02:03+02:00", answer.header("X-Checked"));
        assertNull(answer.header("X-Next"));
        assertEquals("page-2", get(harness, "/pets?next=page-2", MediaType.APPLICATION_JSON).header("X-Next"));
    }

    @Test
    void aResultWithoutABodyIsAnAnswerWithoutAnEntity() {
        record Deleted(int status, Object body) implements Result {
        }
        Response response = Responses.of(new Deleted(204, null));
        assertEquals(204, response.getStatus());
        assertFalse(response.hasEntity());
    }
}
