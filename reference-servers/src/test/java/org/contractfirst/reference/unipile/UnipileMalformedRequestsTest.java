package org.contractfirst.reference.unipile;

import io.restassured.path.json.JsonPath;
import org.contractfirst.reference.MalformedRequestsTest;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Unipile answers every request it cannot read with 400 {@code errors/malformed_request}; 414 and 431 for its size. */
class UnipileMalformedRequestsTest extends MalformedRequestsTest {

    static final String BOUNDARY = "b0undary";
    private static final List<String> MULTIPART = List.of("X-API-KEY: " + UnipileReference.DEMO_KEY,
            "Content-Type: multipart/form-data; boundary=" + BOUNDARY);

    @Override
    protected String api() {
        return "unipile";
    }

    @Override
    protected Write write() {
        return new Write("PATCH", "/api/v1/users/me/edit", MULTIPART, multipart(
                part("type", null, null, "LINKEDIN"), part("account_id", null, null, UnipileReference.LINKEDIN_ACCOUNT),
                part("headline", null, null, "Changed")));
    }

    @Override
    protected String state() {
        return anonymous().header("X-API-KEY", UnipileReference.DEMO_KEY)
                .queryParam("account_id", UnipileReference.LINKEDIN_ACCOUNT).get("/api/v1/users/me").then()
                .statusCode(200).extract().asString();
    }

    @Override
    protected int unreadableStatus() {
        return 400;
    }

    @Override
    protected void assertErrorShape(int status, JsonPath body) {
        assertEquals(status, body.getInt("status"));
        assertNotNull(body.getString("title"));
        assertTrue(body.getString("type").startsWith("errors/"), body.getString("type"));
        if (status == 400) {
            assertEquals("errors/malformed_request", body.getString("type"));
        }
    }

    @Test
    void aReadIsRefusedAlike() {
        assertRefused(send("GET", "/api/v1/users/me?account_id=%", MULTIPART, List.of(), new byte[0]), 400);
        assertRefused(send("GET", "/api/v1/users/me?account_id=acc%00", MULTIPART, List.of(), new byte[0]), 400);
    }

    /** One part of a multipart body: its name, file name and Content-Type if any, and its bytes as ISO-8859-1 chars. */
    static byte[] part(String name, String fileName, String contentType, String content) {
        String head = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
                + (fileName == null ? "" : "; filename=\"" + fileName + "\"") + "\r\n"
                + (contentType == null ? "" : "Content-Type: " + contentType + "\r\n") + "\r\n";
        return (head + content + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] multipart(byte[]... parts) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            body.writeBytes(part);
        }
        body.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.ISO_8859_1));
        return body.toByteArray();
    }
}
