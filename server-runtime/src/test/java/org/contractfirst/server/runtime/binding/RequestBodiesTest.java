package org.contractfirst.server.runtime.binding;

import org.contractfirst.server.runtime.ItemsApi;
import org.contractfirst.server.runtime.StageHarness;
import org.contractfirst.server.runtime.pipeline.ErrorShape;
import org.contractfirst.server.runtime.errors.ErrorStage;
import org.contractfirst.server.runtime.pipeline.ErrorKind;
import org.contractfirst.server.runtime.pipeline.Stage;
import org.contractfirst.server.runtime.pipeline.Steps;
import org.contractfirst.server.runtime.spec.ServedSpec;
import org.contractfirst.server.runtime.validation.JsonSchemaConstraints;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.glassfish.jersey.media.multipart.FormDataMultiPart;
import org.glassfish.jersey.media.multipart.MultiPartFeature;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bodies the binding stage reads, each by its media type: multipart as the spec's encoding says, XML by the
 * schema's xml names, binary content whole. A body that cannot be read so is the API's error.
 */
class RequestBodiesTest {

    private static final ServedSpec SPEC = ServedSpec.of("specs/binding.yaml");
    private static final ErrorShape ERRORS = new ItemsApi.Items().errors();
    private static final String BOUNDARY = "part-boundary";

    /** The multipart body of {@code upload}, as a generated model holds it. */
    public static final class Upload {
        @NotNull
        public String name;
        public Map<String, Object> meta;
        public Map<String, Object> settings;
        public FilePart picture;
    }

    /** The XML body of {@code addPet}, by its JSON names: XML is read into the same model as JSON would be. */
    public static final class Pet {
        public Integer id;
        public String name;
        public List<String> tags;
    }

    @Path("/")
    @Produces(MediaType.TEXT_PLAIN)
    public static final class Bodies {
        private final MultipartBinder binder = new MultipartBinder(JsonSchemaConstraints.validator(), SPEC);

        @POST
        @Path("uploads")
        @Consumes(MediaType.MULTIPART_FORM_DATA)
        public String upload(FormDataMultiPart multipart) {
            Upload upload = binder.bind(multipart, "upload", Upload.class);
            return "name=" + upload.name + " meta=" + sorted(upload.meta) + " settings=" + sorted(upload.settings)
                    + " picture=" + upload.picture;
        }

        @POST
        @Path("pets")
        @Consumes(MediaType.APPLICATION_XML)
        public String pet(Pet pet) {
            return "id=" + pet.id + " name=" + pet.name + " tags=" + pet.tags;
        }

        @POST
        @Path("files")
        @Consumes({MediaType.APPLICATION_OCTET_STREAM, "image/png"})
        @Produces(MediaType.WILDCARD)
        public Response file(FilePart file) {
            return Response.ok(file).type(file.contentType()).header("X-Received", file.toString()).build();
        }

        private static Object sorted(Map<String, Object> map) {
            return map == null ? null : new TreeMap<>(map);
        }
    }

    private final StageHarness harness = StageHarness.of(SPEC, List.of(new Bodies()),
            new BindingStage(SPEC, ERRORS, Mappers.json()), new ErrorStage(ERRORS));

    private record Part(String name, String contentType, String fileName, String content) {
    }

    private static Part text(String name, String value) {
        return new Part(name, "text/plain", null, value);
    }

    private static String multipart(List<Part> parts) {
        StringBuilder body = new StringBuilder();
        for (Part part : parts) {
            body.append("--").append(BOUNDARY).append("\r\nContent-Disposition: form-data; name=\"").append(part.name())
                    .append('"').append(part.fileName() == null ? "" : "; filename=\"" + part.fileName() + '"')
                    .append("\r\nContent-Type: ").append(part.contentType()).append("\r\n\r\n")
                    .append(part.content()).append("\r\n");
        }
        return body.append("--").append(BOUNDARY).append("--\r\n").toString();
    }

    private StageHarness.Answer upload(StageHarness on, String body) {
        return on.request("POST", "/uploads").body("multipart/form-data; boundary=" + BOUNDARY, body).send();
    }

    private static void assertRefused(int status, ErrorKind kind, StageHarness.Answer answer) {
        assertEquals(status, answer.status(), answer.body());
        assertTrue(answer.body().contains("\"kind\":\"" + kind + "\""), answer.body());
    }

    @Test
    void aMultipartIsBoundByItsEncodingDeepObjectJsonAndFileParts() {
        StageHarness.Answer answer = upload(harness, multipart(List.of(text("name", "lamp"),
                text("meta[colour]", "red"), text("meta[size][h]", "2"),
                new Part("settings", "application/json", null, "{\"dim\":true,\"level\":3}"),
                new Part("picture", "image/png", "lamp.png", "PNG"))));
        assertEquals(200, answer.status(), answer.body());
        assertEquals("name=lamp meta={colour=red, size={h=2}} settings={dim=true, level=3}"
                + " picture=FilePart[lamp.png, image/png, 3 bytes]", answer.body());
    }

    @Test
    void aPartOfATypeTheEncodingListsByRangeIsAFile() {
        StageHarness.Answer answer = upload(harness, multipart(List.of(text("name", "lamp"),
                new Part("picture", "text/csv", "lamp.csv", "a,b"))));
        assertEquals(200, answer.status(), answer.body());
        assertTrue(answer.body().endsWith("picture=FilePart[lamp.csv, text/csv, 3 bytes]"), answer.body());
    }

    @Test
    void aFileOfATypeTheEncodingDoesNotListIsInvalidInput() {
        StageHarness.Answer answer = upload(harness, multipart(List.of(text("name", "lamp"),
                new Part("picture", "image/jpeg", "lamp.jpg", "JPG"))));
        assertRefused(422, ErrorKind.INVALID_INPUT, answer);
        assertTrue(answer.body().contains("image/png or text/*, not image/jpeg"), answer.body());
    }

    @Test
    void bracketsOnAPropertyThatIsNoDeepObjectAreMalformed() {
        StageHarness.Answer answer = upload(harness, multipart(List.of(text("name", "lamp"), text("settings[dim]", "true"))));
        assertRefused(400, ErrorKind.MALFORMED_INPUT, answer);
    }

    @Test
    void aJsonPartThatIsNotJsonIsMalformedAndNamed() {
        StageHarness.Answer answer = upload(harness, multipart(List.of(text("name", "lamp"),
                new Part("settings", "application/json", null, "{\"dim\""))));
        assertRefused(400, ErrorKind.MALFORMED_INPUT, answer);
        assertTrue(answer.body().contains("part 'settings' is not valid JSON"), answer.body());
    }

    @Test
    void aRequiredPropertyThatNoPartGivesIsInvalidInputNamingIt() {
        StageHarness.Answer answer = upload(harness, multipart(List.of(text("meta[colour]", "red"))));
        assertRefused(422, ErrorKind.INVALID_INPUT, answer);
        assertTrue(answer.body().contains("name: must not be null"), answer.body());
    }

    @Test
    void anEmptyMultipartIsAFormOfNoPartsJudgedByTheSpec() {
        StageHarness.Answer answer = upload(harness, "--" + BOUNDARY + "--\r\n");
        assertRefused(422, ErrorKind.INVALID_INPUT, answer);
        assertTrue(answer.body().contains("name: must not be null"), answer.body());
    }

    /** Jersey's multipart reader alone, as a stage: what the binding stage adds to it shows against it. */
    private static final class MultipartOnly implements Stage {
        @Override
        public String name() {
            return "multipart only";
        }

        @Override
        public List<Refusal> refusals() {
            return List.of();
        }

        @Override
        public void register(Steps steps) {
            steps.provider(MultiPartFeature.class);
        }
    }

    @Test
    void withoutTheStageAnEmptyMultipartCannotBeReadAtAll() {
        StageHarness jerseyOnly = StageHarness.of(SPEC, List.of(new Bodies()), new MultipartOnly(), new ErrorStage(ERRORS));
        StageHarness.Answer answer = upload(jerseyOnly, "--" + BOUNDARY + "--\r\n");
        assertRefused(400, ErrorKind.MALFORMED_INPUT, answer);
        assertFalse(answer.body().contains("must not be null"), answer.body());
    }

    @Test
    void aMultipartWithoutContentTypeIsAnUnsupportedMediaType() {
        StageHarness.Answer answer = harness.request("POST", "/uploads").header("Content-Length", "0").send();
        assertRefused(415, ErrorKind.UNSUPPORTED_MEDIA_TYPE, answer);
    }

    @Test
    void anXmlBodyIsReadByTheSchemasXmlNames() {
        StageHarness.Answer answer = harness.request("POST", "/pets").body(MediaType.APPLICATION_XML,
                "<pet id=\"7\"><label>Rex</label><tags><tag>good</tag><tag>dog</tag></tags></pet>").send();
        assertEquals(200, answer.status(), answer.body());
        assertEquals("id=7 name=Rex tags=[good, dog]", answer.body());
    }

    @Test
    void anXmlBodyOfAnotherRootElementIsMalformed() {
        StageHarness.Answer answer = harness.request("POST", "/pets").body(MediaType.APPLICATION_XML,
                "<dog id=\"7\"><label>Rex</label></dog>").send();
        assertRefused(400, ErrorKind.MALFORMED_INPUT, answer);
        assertTrue(answer.body().contains("the root element is <dog>, where the spec names it <pet>"), answer.body());
    }

    @Test
    void anXmlBodyThatIsNotWellFormedOrNamesAnItemWronglyIsMalformed() {
        StageHarness.Answer broken = harness.request("POST", "/pets").body(MediaType.APPLICATION_XML, "<pet><label>Rex</pet>").send();
        assertRefused(400, ErrorKind.MALFORMED_INPUT, broken);
        assertTrue(broken.body().contains("not well-formed XML"), broken.body());
        StageHarness.Answer item = harness.request("POST", "/pets").body(MediaType.APPLICATION_XML,
                "<pet><tags><item>good</item></tags></pet>").send();
        assertRefused(400, ErrorKind.MALFORMED_INPUT, item);
        assertTrue(item.body().contains("<tags> holds <item>, not <tag> items"), item.body());
    }

    @Test
    void anXmlValueNotOfItsTypeOrAnElementOfNoPropertyIsMalformedAndNamed() {
        StageHarness.Answer id = harness.request("POST", "/pets").body(MediaType.APPLICATION_XML, "<pet id=\"seven\"/>").send();
        assertRefused(400, ErrorKind.MALFORMED_INPUT, id);
        assertTrue(id.body().contains("id: not of the type the schema declares (a number)"), id.body());
        StageHarness.Answer unknown = harness.request("POST", "/pets").body(MediaType.APPLICATION_XML,
                "<pet><colour>brown</colour></pet>").send();
        assertRefused(400, ErrorKind.MALFORMED_INPUT, unknown);
        assertTrue(unknown.body().contains("colour: unknown field"), unknown.body());
        StageHarness.Answer twice = harness.request("POST", "/pets").body(MediaType.APPLICATION_XML,
                "<pet><label>Rex</label><label>Max</label></pet>").send();
        assertRefused(400, ErrorKind.MALFORMED_INPUT, twice);
    }

    @Test
    void anXmlBodyInACharsetThisServerDoesNotKnowIsMalformed() {
        StageHarness.Answer answer = harness.request("POST", "/pets").body("application/xml; charset=x-unheard-of",
                "<pet/>").send();
        assertRefused(400, ErrorKind.MALFORMED_INPUT, answer);
        assertTrue(answer.body().contains("unknown charset x-unheard-of"), answer.body());
    }

    @Test
    void aBinaryBodyIsReadWholeWithItsContentTypeAndWrittenBackAsItsBytes() {
        StageHarness.Answer answer = harness.request("POST", "/files").body("image/png", "\u0001PNG bytes").send();
        assertEquals(200, answer.status(), answer.body());
        assertEquals("\u0001PNG bytes", answer.body());
        assertEquals("image/png", answer.header("Content-Type"));
        assertEquals("FilePart[body, image/png, 10 bytes]", answer.header("X-Received"));
    }

    @Test
    void withoutTheStageNoReaderTakesABinaryBody() {
        StageHarness plain = StageHarness.of(SPEC, List.of(new Bodies()), new ErrorStage(ERRORS));
        StageHarness.Answer answer = plain.request("POST", "/files").body("image/png", "PNG").send();
        assertRefused(415, ErrorKind.UNSUPPORTED_MEDIA_TYPE, answer);
    }
}
