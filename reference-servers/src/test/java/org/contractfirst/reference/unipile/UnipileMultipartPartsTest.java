package org.contractfirst.reference.unipile;

import io.restassured.path.json.JsonPath;
import org.contractfirst.reference.RawHttp;
import org.contractfirst.reference.ReferenceServerTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayOutputStream;
import java.util.List;

import static org.contractfirst.reference.unipile.UnipileMalformedRequestsTest.BOUNDARY;
import static org.contractfirst.reference.unipile.UnipileMalformedRequestsTest.multipart;
import static org.contractfirst.reference.unipile.UnipileMalformedRequestsTest.part;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The parts of an edit as outside clients send them: each read as the spec's encoding says (OpenAPI's defaults
 * included: an object as one application/json part, a binary property as a file with or without a file name), and
 * every part that cannot be read refused with 400 in Unipile's shape, changing nothing.
 */
class UnipileMultipartPartsTest extends ReferenceServerTest {

    private static final String PNG = "\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\r";

    @Override
    protected String api() {
        return "unipile";
    }

    private RawHttp.Answer edit(byte[]... parts) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        all.writeBytes(part("type", null, null, "LINKEDIN"));
        all.writeBytes(part("account_id", null, null, UnipileReference.LINKEDIN_ACCOUNT));
        for (byte[] part : parts) {
            all.writeBytes(part);
        }
        byte[] body = multipart(all.toByteArray());
        String head = "PATCH /api/v1/users/me/edit HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                + "X-API-KEY: " + UnipileReference.DEMO_KEY + "\r\n"
                + "Content-Type: multipart/form-data; boundary=" + BOUNDARY + "\r\nContent-Length: " + body.length + "\r\n";
        return RawHttp.exchange(server.baseUri(), RawHttp.bytes(head), body);
    }

    private JsonPath profile() {
        return JsonPath.from(anonymous().header("X-API-KEY", UnipileReference.DEMO_KEY)
                .queryParam("account_id", UnipileReference.LINKEDIN_ACCOUNT).get("/api/v1/users/me").then()
                .statusCode(200).extract().asString());
    }

    private static void refused(RawHttp.Answer answer, String type) {
        assertEquals(400, answer.status(), answer.body());
        JsonPath body = JsonPath.from(answer.body());
        assertEquals(400, body.getInt("status"));
        assertEquals(type, body.getString("type"));
        assertFalse(answer.body().contains("Exception"), answer.body());
    }

    @Test
    void aStringSentAsAJsonPartIsItsJsonValue() {
        assertEquals(200, edit(part("headline", null, "application/json", "\"CTO\"")).status());
        assertEquals("CTO", profile().getString("headline"));
    }

    @Test
    void anObjectSentAsOneJsonPartIsReadAsOpenApisDefaultEncodingSays() {
        RawHttp.Answer answer = edit(part("education", null, "application/json",
                "{\"school\":\"X\",\"start_date\":{\"month\":9,\"year\":2010}}"),
                part("skills", null, "application/json", "[\"APIs\",\"Java\"]"));
        assertEquals(200, answer.status(), answer.body());
        assertEquals("X", profile().getString("education[0].school"));
        assertEquals(List.of("APIs", "Java"), profile().getList("skills"));
    }

    @Test
    void aTextPartIsReadInTheCharsetItNames() {
        assertEquals(200, edit(part("headline", null, "text/plain; charset=ISO-8859-1", "Caf\u00e9")).status());
        assertEquals("Café", profile().getString("headline"));
    }

    @Test
    void aPictureNeedsNoFileName() {
        RawHttp.Answer answer = edit(part("picture", null, "image/png", PNG));
        assertEquals(200, answer.status(), answer.body());
        assertTrue(profile().getString("profile_picture_url").endsWith(".png"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "JSON that is not JSON                   | headline  | -      | application/json          | CTO",
            "a JSON object where text is wanted      | headline  | -      | application/json          | {\"a\":1}",
            "a JSON part that is not UTF-8           | headline  | -      | application/json          | \"\u00ff\u00fe\"",
            "a text part that is not UTF-8           | headline  | -      | text/plain                | Caf\u00e9",
            "a charset no one knows                  | headline  | -      | text/plain; charset=x-mars | CTO",
            "bytes without a file name for text      | headline  | -      | application/octet-stream  | CTO",
            "a file for a text field                 | headline  | cv.pdf | application/pdf           | %PDF",
            "a JSON part that is not an object       | education | -      | application/json          | 42",
            "an object without its required field    | location  | -      | application/json          | {\"x\":2}"})
    void aPartThatCannotBeReadIs400AndChangesNothing(String name, String field, String fileName, String type,
                                                     String content) {
        String before = profile().prettify();
        refused(edit(part(field, fileName, type, content)), "errors/malformed_request");
        assertEquals(before, profile().prettify());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "a GIF with a file name     | picture       | me.gif | image/gif",
            "a GIF without a file name  | picture       | -      | image/gif",
            "a PDF cover                | cover_picture | cv.pdf | application/pdf",
            "bytes without a type name  | cover_picture | -      | application/octet-stream"})
    void aPictureOfAnotherTypeIs400InvalidParametersAndChangesNothing(String name, String field, String fileName,
                                                                     String type) {
        String before = profile().prettify();
        refused(edit(part(field, fileName, type, PNG)), "errors/invalid_parameters");
        assertEquals(before, profile().prettify());
    }
}
