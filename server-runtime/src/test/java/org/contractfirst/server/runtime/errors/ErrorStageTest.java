package org.contractfirst.server.runtime.errors;

import org.contractfirst.server.runtime.pipeline.ErrorShape;
import org.contractfirst.server.runtime.pipeline.ErrorKind;
import org.contractfirst.server.runtime.ItemsApi;
import org.contractfirst.server.runtime.StageHarness;
import org.contractfirst.server.runtime.spec.ServedSpec;
import org.contractfirst.server.runtime.validation.JsonSchemaConstraints;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.ValidationException;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The error stage on its own: every failure a stage, the implementation or Jersey raises answered in the API's
 * error shape (here {@link ItemsApi.Items}'s, which puts the kind's name in the body), anything unexpected without a
 * word of how the server is built.
 */
class ErrorStageTest {

    private static final ServedSpec SPEC = ServedSpec.of("specs/items.yaml");
    private static final ErrorShape ERRORS = new ItemsApi.Items().errors();

    record Customer(@Size(max = 2) String code) {
    }

    record Order(@NotNull String name, @Valid Customer customer) {
    }

    /** A parameter's type as generated code writes an enum: it reads itself from its value, or refuses it. */
    public enum Colour {
        RED;

        public static Colour fromString(String value) {
            if (value.equals("red")) {
                return RED;
            }
            throw new IllegalArgumentException("Unexpected string value '" + value + "'");
        }
    }

    public static final class Size2 {
        public Integer size;
    }

    @Path("/failures")
    @Produces(MediaType.APPLICATION_JSON)
    public static final class Failures {

        @GET
        @Path("violation")
        public String violation() {
            throw new ConstraintViolationException(JsonSchemaConstraints.validator().validate(new Order(null, new Customer("abc"))));
        }

        @POST
        @Path("json")
        @Consumes(MediaType.APPLICATION_JSON)
        public String json(Size2 body) {
            return "{\"size\":" + body.size + "}";
        }

        @GET
        @Path("colour")
        public String colour(@QueryParam("colour") Colour colour) {
            return "{\"colour\":\"" + colour + "\"}";
        }

        @GET
        @Path("throw/{what}")
        public String raise(@PathParam("what") String what) {
            throw switch (what) {
                case "unreadable" -> new BadRequestException("the body is not what it says");
                case "invalid" -> new InvalidInputException("picture: image/png, not image/gif");
                case "unchecked" -> new ValidationException("no validator for @Size on java.time.Instant");
                case "unauthorized" -> new NotAuthorizedException("Bearer");
                case "wrapped" -> new IllegalStateException(new NotFoundException());
                case "answered" -> new WebApplicationException(Response.status(409).type(MediaType.TEXT_PLAIN)
                        .entity("already there").build());
                case "null" -> new NullPointerException("Cannot invoke \"String.length()\" because \"secret\" is null");
                default -> new IllegalStateException("password=hunter2 at org.example.Vault.open(Vault.java:42)");
            };
        }
    }

    private static StageHarness harness(boolean withErrors) {
        return withErrors
                ? StageHarness.of(SPEC, List.of(new Failures()), new ErrorStage(ERRORS))
                : StageHarness.of(SPEC, List.of(new Failures()));
    }

    private final StageHarness harness = harness(true);

    private static void assertKind(int status, ErrorKind kind, StageHarness.Answer answer) {
        assertEquals(status, answer.status(), answer.body());
        assertTrue(answer.body().contains("\"kind\":\"" + kind + "\""), answer.body());
        assertTrue(answer.header("Content-Type").startsWith(MediaType.APPLICATION_JSON), answer.header("Content-Type"));
    }

    private StageHarness.Answer get(String path) {
        return harness.request("GET", path).send();
    }

    @Test
    void aConstraintViolationIsInvalidInputNamingEachFieldByItsPath() {
        StageHarness.Answer answer = get("/failures/violation");
        assertKind(422, ErrorKind.INVALID_INPUT, answer);
        assertTrue(answer.body().contains("customer.code: size must be between 0 and 2; name: must not be null"), answer.body());
    }

    @Test
    void aBodyThatIsNotJsonIsMalformedInput() {
        StageHarness.Answer answer = harness.request("POST", "/failures/json").body(MediaType.APPLICATION_JSON, "{\"size\":").send();
        assertKind(400, ErrorKind.MALFORMED_INPUT, answer);
        assertTrue(answer.body().contains("the body is not valid JSON"), answer.body());
    }

    @Test
    void aJsonBodyNotOfItsModelIsMalformedInputNamingTheField() {
        StageHarness.Answer wrongType = harness.request("POST", "/failures/json")
                .body(MediaType.APPLICATION_JSON, "{\"size\": \"big\"}").send();
        assertKind(400, ErrorKind.MALFORMED_INPUT, wrongType);
        assertTrue(wrongType.body().contains("size: 'big' is not a valid Integer"), wrongType.body());
        StageHarness.Answer unknown = harness.request("POST", "/failures/json")
                .body(MediaType.APPLICATION_JSON, "{\"size\": 1, \"colour\": \"red\"}").send();
        assertKind(400, ErrorKind.MALFORMED_INPUT, unknown);
        assertTrue(unknown.body().contains("colour: unknown field"), unknown.body());
        assertEquals("{\"size\":1}", harness.request("POST", "/failures/json").body(MediaType.APPLICATION_JSON, "{\"size\": 1}")
                .send().body());
    }

    @Test
    void aParameterItsTypeRefusesIsInvalidInputNamedWithTheReason() {
        StageHarness.Answer answer = get("/failures/colour?colour=purple");
        assertKind(422, ErrorKind.INVALID_INPUT, answer);
        assertTrue(answer.body().contains("\"message\":\"colour: "), answer.body());
        assertTrue(answer.body().contains("Unexpected string value 'purple'"), answer.body());
        assertFalse(answer.body().contains("java."), "the reason, not a Java exception: " + answer.body());
        assertEquals("{\"colour\":\"RED\"}", get("/failures/colour?colour=red").body());
    }

    @Test
    void withoutTheStageJerseyAnswersAnUnreadableQueryParameterAsNotFound() {
        StageHarness.Answer answer = harness(false).request("GET", "/failures/colour?colour=purple").send();
        assertEquals(404, answer.status(), answer.body());
        assertFalse(answer.body().contains("NOT_FOUND"), answer.body());
    }

    @Test
    void theRuntimesOwnRefusalsAreMalformedOrInvalidInputWithTheirMessages() {
        StageHarness.Answer unreadable = get("/failures/throw/unreadable");
        assertKind(400, ErrorKind.MALFORMED_INPUT, unreadable);
        assertTrue(unreadable.body().contains("the body is not what it says"), unreadable.body());
        StageHarness.Answer invalid = get("/failures/throw/invalid");
        assertKind(422, ErrorKind.INVALID_INPUT, invalid);
        assertTrue(invalid.body().contains("picture: image/png, not image/gif"), invalid.body());
    }

    @Test
    void anUnknownPathIsNotFound() {
        assertKind(404, ErrorKind.NOT_FOUND, get("/nothing/here"));
    }

    @Test
    void withoutTheStageAnUnknownPathIsJerseysOwnAnswer() {
        StageHarness.Answer answer = harness(false).request("GET", "/nothing/here").send();
        assertEquals(404, answer.status());
        assertFalse(answer.body().contains("NOT_FOUND"), answer.body());
    }

    @Test
    void aMethodThePathHasNotIsMethodNotAllowedAndKeepsItsAllow() {
        StageHarness.Answer answer = harness.request("DELETE", "/failures/violation").send();
        assertKind(405, ErrorKind.METHOD_NOT_ALLOWED, answer);
        Set<String> allowed = Stream.of(answer.header("Allow").split(",\\s*")).collect(Collectors.toSet());
        assertTrue(allowed.contains("GET"), answer.header("Allow"));
        assertFalse(allowed.contains("DELETE") || allowed.contains("POST"), answer.header("Allow"));
    }

    @Test
    void anAcceptTheResourceCannotMeetIsNotAcceptable() {
        assertKind(406, ErrorKind.NOT_ACCEPTABLE, harness.request("GET", "/failures/violation").header("Accept", "text/csv").send());
    }

    @Test
    void aBodyOfAMediaTypeTheResourceDoesNotTakeIsUnsupported() {
        assertKind(415, ErrorKind.UNSUPPORTED_MEDIA_TYPE, harness.request("POST", "/failures/json").body("text/plain", "size=1").send());
    }

    @Test
    void aJaxrsRefusalKeepsItsMeaningUnderTheApisShape() {
        assertKind(401, ErrorKind.MISSING_CREDENTIALS, get("/failures/throw/unauthorized"));
        assertKind(404, ErrorKind.NOT_FOUND, get("/failures/throw/wrapped"));
    }

    @Test
    void aJaxrsAnswerThatHasItsOwnBodyIsSentAsItIs() {
        StageHarness.Answer answer = get("/failures/throw/answered");
        assertEquals(409, answer.status());
        assertEquals("already there", answer.body());
    }

    @Test
    void anythingUnexpectedIsInternalWithoutAStackTraceOrAWordOfTheServer() {
        for (String what : List.of("anything", "null")) {
            StageHarness.Answer answer = get("/failures/throw/" + what);
            assertKind(500, ErrorKind.INTERNAL, answer);
            assertTrue(answer.body().contains("unexpected error"), answer.body());
            for (String leak : List.of("Exception", "hunter2", "secret", "org.example", ".java", "\tat ")) {
                assertFalse(answer.body().contains(leak), leak + " in " + answer.body());
            }
        }
    }

    @Test
    void aConstraintThatCannotBeCheckedIsTheServersFaultNotTheRequests() {
        StageHarness.Answer answer = get("/failures/throw/unchecked");
        assertKind(500, ErrorKind.INTERNAL, answer);
        assertFalse(answer.body().contains("Instant"), answer.body());
    }
}
