package org.contractfirst.server.runtime.binding;

import org.contractfirst.server.runtime.ItemsApi;
import org.contractfirst.server.runtime.StageHarness;
import org.contractfirst.server.runtime.pipeline.ErrorShape;
import org.contractfirst.server.runtime.errors.ErrorStage;
import org.contractfirst.server.runtime.spec.ServedSpec;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The binding stage on its own, in front of resources that say what they received: a required input that is absent,
 * a form without its media type and a parameter that is not of its type are refused in the API's shape.
 */
class BindingStageTest {

    private static final ServedSpec SPEC = ServedSpec.of("specs/binding.yaml");
    private static final ErrorShape ERRORS = new ItemsApi.Items().errors();

    /** Each operation of {@code specs/binding.yaml}, answering with what it was given, as text. */
    @Path("/")
    @Produces(MediaType.TEXT_PLAIN)
    public static final class Received {

        @GET
        @Path("query")
        public String query(@QueryParam("limit") Integer limit) {
            return "limit=" + limit;
        }

        @GET
        @Path("header")
        public String header(@HeaderParam("X-Trace") String trace) {
            return "trace=" + trace;
        }

        @GET
        @Path("cookie")
        public String cookie(@CookieParam("session") String session) {
            return "session=" + session;
        }

        @GET
        @Path("typed")
        public String typed(@QueryParam("count") Integer count, @QueryParam("flag") Boolean flag,
                            @QueryParam("id") UUID id, @QueryParam("price") BigDecimal price) {
            return "count=" + count + " flag=" + flag + " id=" + id + " price=" + price;
        }

        @GET
        @Path("typed/path/{ids}")
        public String path(@PathParam("ids") List<Integer> ids) {
            return "ids=" + ids;
        }

        @GET
        @Path("typed/list")
        public String counts(@QueryParam("count") List<Integer> counts) {
            return "counts=" + counts;
        }

        @POST
        @Path("notes")
        @Consumes(MediaType.TEXT_PLAIN)
        public String note(String note) {
            return "note=" + note;
        }

        @POST
        @Path("forms")
        @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
        public String form(@FormParam("note") String note) {
            return "note=" + note;
        }
    }

    /** The dates of {@code /typed}, which JAX-RS cannot read at all without the stage's converters. */
    @Path("/typed/dates")
    @Produces(MediaType.TEXT_PLAIN)
    public static final class Dated {
        @GET
        public String dates(@QueryParam("day") LocalDate day, @QueryParam("at") OffsetDateTime at) {
            return "day=" + day + " at=" + at;
        }
    }

    /** A free-form parameter, which JAX-RS alone has no way to read either. */
    @Path("/typed/filter")
    @Produces(MediaType.TEXT_PLAIN)
    public static final class Filtered {
        @GET
        public String filter(@QueryParam("filter") Object filter) {
            return "filter=" + filter;
        }
    }

    private static StageHarness harness(boolean withBinding) {
        return withBinding
                ? StageHarness.of(SPEC, List.of(new Received(), new Dated(), new Filtered()), new BindingStage(SPEC, ERRORS, Mappers.json()),
                        new ErrorStage(ERRORS))
                : StageHarness.of(SPEC, List.of(new Received()), new ErrorStage(ERRORS));
    }

    private final StageHarness harness = harness(true);

    private static void assertRefused(int status, String kind, StageHarness.Answer answer) {
        assertEquals(status, answer.status(), answer.body());
        assertTrue(answer.body().contains("\"kind\":\"" + kind + "\""), answer.body());
    }

    @Test
    void aMissingRequiredQueryParameterIsInvalidInputNotItsDefault() {
        StageHarness.Answer missing = harness.request("GET", "/query").send();
        assertRefused(422, "INVALID_INPUT", missing);
        assertTrue(missing.body().contains("the query parameter limit is required"), missing.body());
        assertEquals("limit=7", harness.request("GET", "/query?limit=7").send().body());
    }

    @Test
    void withoutTheStageTheMissingParameterReachesTheResourceAsNothing() {
        StageHarness.Answer answer = harness(false).request("GET", "/query").send();
        assertEquals(200, answer.status(), answer.body());
        assertEquals("limit=null", answer.body());
    }

    @Test
    void anEmptyQueryValueIsSentButIsNoInteger() {
        StageHarness.Answer answer = harness.request("GET", "/query?limit=").send();
        assertRefused(400, "MALFORMED_INPUT", answer);
        assertTrue(answer.body().contains("'' is not an integer"), answer.body());
    }

    @Test
    void aMissingRequiredHeaderIsInvalidInput() {
        StageHarness.Answer missing = harness.request("GET", "/header").send();
        assertRefused(422, "INVALID_INPUT", missing);
        assertTrue(missing.body().contains("the header parameter X-Trace is required"), missing.body());
        assertEquals("trace=t-1", harness.request("GET", "/header").header("x-trace", "t-1").send().body());
    }

    @Test
    void aMissingRequiredCookieIsInvalidInput() {
        StageHarness.Answer missing = harness.request("GET", "/cookie").header("Cookie", "other=1").send();
        assertRefused(422, "INVALID_INPUT", missing);
        assertTrue(missing.body().contains("the cookie parameter session is required"), missing.body());
        assertEquals("session=abc", harness.request("GET", "/cookie").header("Cookie", "other=1; session=abc").send().body());
    }

    @Test
    void aMissingRequiredBodyIsInvalidInputNotAnEmptyText() {
        StageHarness.Answer missing = harness.request("POST", "/notes").header("Content-Type", "text/plain").send();
        assertRefused(422, "INVALID_INPUT", missing);
        assertTrue(missing.body().contains("the request body is required"), missing.body());
        StageHarness.Answer empty = harness.request("POST", "/notes").body("text/plain", "").send();
        assertRefused(422, "INVALID_INPUT", empty);
        assertEquals("note=hello", harness.request("POST", "/notes").body("text/plain", "hello").send().body());
    }

    @Test
    void withoutTheStageAMissingBodyReachesTheResourceAsEmptyText() {
        StageHarness.Answer answer = harness(false).request("POST", "/notes").header("Content-Type", "text/plain").send();
        assertEquals(200, answer.status(), answer.body());
        assertEquals("note=", answer.body());
    }

    @Test
    void anEmptyFormIsABody() {
        StageHarness.Answer empty = harness.request("POST", "/forms").body(MediaType.APPLICATION_FORM_URLENCODED, "").send();
        assertEquals(200, empty.status(), empty.body());
        assertEquals("note=null", empty.body());
        assertEquals("note=a b", harness.request("POST", "/forms")
                .body(MediaType.APPLICATION_FORM_URLENCODED, "note=a+b").send().body());
    }

    @Test
    void aFormWithoutContentTypeIsAnUnsupportedMediaType() {
        StageHarness.Answer answer = harness.request("POST", "/forms").header("Content-Length", "6").send();
        assertRefused(415, "UNSUPPORTED_MEDIA_TYPE", answer);
        assertTrue(answer.body().contains("no Content-Type"), answer.body());
    }

    @Test
    void aTextOperationWithoutContentTypeIsNotRefusedForItsMediaType() {
        // Only form and multipart operations need their Content-Type to read their fields.
        StageHarness.Answer answer = harness.request("POST", "/notes").header("Content-Length", "0").send();
        assertRefused(422, "INVALID_INPUT", answer);
    }

    @Test
    void parametersOfTheirTypesAreReadAsTheSpecMeansThem() {
        StageHarness.Answer answer = harness.request("GET", "/typed?count=-3&flag=false"
                + "&id=123e4567-e89b-12d3-a456-426614174000&price=1.50").send();
        assertEquals(200, answer.status(), answer.body());
        assertEquals("count=-3 flag=false id=123e4567-e89b-12d3-a456-426614174000 price=1.50", answer.body());
        StageHarness.Answer dates = harness.request("GET", "/typed/dates?day=2026-02-28&at=2026-02-28T10:15:30%2B02:00").send();
        assertEquals("day=2026-02-28 at=2026-02-28T10:15:30+02:00", dates.body());
    }

    @Test
    void anIntegerThatDoesNotParseIsMalformedInput() {
        StageHarness.Answer answer = harness.request("GET", "/typed?count=abc").send();
        assertRefused(400, "MALFORMED_INPUT", answer);
        assertTrue(answer.body().contains("'abc' is not an integer"), answer.body());
    }

    @Test
    void eachItemOfARepeatedParameterIsReadByItsType() {
        assertEquals("counts=[1, 2]", harness.request("GET", "/typed/list?count=1&count=2").send().body());
        StageHarness.Answer answer = harness.request("GET", "/typed/list?count=1&count=two").send();
        assertRefused(400, "MALFORMED_INPUT", answer);
        assertTrue(answer.body().contains("'two' is not an integer"), answer.body());
    }

    @Test
    void aPathArrayIsOneSegmentOfCommaSeparatedItemsEachOfItsType() {
        assertEquals("ids=[1, 2, 3]", harness.request("GET", "/typed/path/1,2,3").send().body());
        StageHarness.Answer answer = harness.request("GET", "/typed/path/1,x").send();
        assertRefused(400, "MALFORMED_INPUT", answer);
        assertTrue(answer.body().contains("'1,x' is not a list of Integer"), answer.body());
    }

    @Test
    void aFreeFormParameterIsReadAsTheJsonItIsGivenIn() {
        assertEquals("filter={size=2, tags=[a]}", harness.request("GET", "/typed/filter?filter="
                + java.net.URLEncoder.encode("{\"size\":2,\"tags\":[\"a\"]}", java.nio.charset.StandardCharsets.UTF_8)).send().body());
        StageHarness.Answer answer = harness.request("GET", "/typed/filter?filter=%7B%22size%22").send();
        assertRefused(400, "MALFORMED_INPUT", answer);
        assertTrue(answer.body().contains("is not JSON of Object"), answer.body());
    }

    @Test
    void aBooleanIsTrueOrFalseAndNothingElse() {
        assertEquals(200, harness.request("GET", "/typed?flag=true").send().status());
        for (String lenient : List.of("yes", "TRUE", "1", "False")) {
            StageHarness.Answer answer = harness.request("GET", "/typed?flag=" + lenient).send();
            assertEquals(400, answer.status(), lenient + ": " + answer.body());
            assertTrue(answer.body().contains("is not true or false"), answer.body());
        }
        // JAX-RS alone reads anything but "true" as false.
        StageHarness.Answer lenient = harness(false).request("GET", "/typed?flag=yes").send();
        assertEquals(200, lenient.status(), lenient.body());
        assertTrue(lenient.body().contains("flag=false"), lenient.body());
    }

    @Test
    void datesAndDateTimesAreIso8601() {
        StageHarness.Answer notADay = harness.request("GET", "/typed/dates?day=2026-02-30").send();
        assertEquals(400, notADay.status(), notADay.body());
        assertTrue(notADay.body().contains("is not an ISO 8601 date"), notADay.body());
        StageHarness.Answer usDate = harness.request("GET", "/typed/dates?day=02/28/2026").send();
        assertEquals(400, usDate.status(), usDate.body());
        StageHarness.Answer noOffset = harness.request("GET", "/typed/dates?at=2026-02-28T10:15:30").send();
        assertEquals(400, noOffset.status(), noOffset.body());
        assertTrue(noOffset.body().contains("is not an ISO 8601 date-time"), noOffset.body());
    }

    @Test
    void aUuidAndANumberMustParse() {
        StageHarness.Answer uuid = harness.request("GET", "/typed?id=not-a-uuid").send();
        assertEquals(400, uuid.status(), uuid.body());
        assertTrue(uuid.body().contains("'not-a-uuid' is not a UUID"), uuid.body());
        StageHarness.Answer shortened = harness.request("GET", "/typed?id=1-2-3-4-5").send();
        assertEquals(400, shortened.status(), "a UUID is 8-4-4-4-12 hex digits: " + shortened.body());
        StageHarness.Answer price = harness.request("GET", "/typed?price=1,5").send();
        assertEquals(400, price.status(), price.body());
        assertTrue(price.body().contains("is not a number"), price.body());
    }

    @Test
    void theRefusalOfAnUnreadableValueNamesNoJavaType() {
        StageHarness.Answer answer = harness.request("GET", "/typed?count=9999999999").send();
        assertEquals(400, answer.status(), answer.body());
        assertFalse(answer.body().contains("java.") || answer.body().contains("Exception"), answer.body());
    }
}
