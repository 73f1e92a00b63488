package org.contractfirst.reference.unipile;

import org.contractfirst.reference.RawHttp;
import org.contractfirst.reference.ReferenceServerTest;
import org.contractfirst.reference.SpecProperties;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.contractfirst.reference.unipile.UnipileMalformedRequestsTest.BOUNDARY;
import static org.contractfirst.reference.unipile.UnipileMalformedRequestsTest.multipart;
import static org.contractfirst.reference.unipile.UnipileMalformedRequestsTest.part;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * A multipart edit can carry a null only as a JSON part; no field of the edit is nullable, so a JSON null for any of
 * them, or for an item of {@code skills}, is refused with 400 and changes nothing. The fields are read from the spec.
 */
class UnipileNullsTest extends ReferenceServerTest {

    @Override
    protected String api() {
        return "unipile";
    }

    private String profile() {
        return anonymous().header("X-API-KEY", UnipileReference.DEMO_KEY)
                .queryParam("account_id", UnipileReference.LINKEDIN_ACCOUNT).get("/api/v1/users/me").then()
                .statusCode(200).extract().asString();
    }

    private RawHttp.Answer edit(byte[]... parts) {
        byte[] body = multipart(parts);
        String head = "PATCH /api/v1/users/me/edit HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                + "X-API-KEY: " + UnipileReference.DEMO_KEY + "\r\n"
                + "Content-Type: multipart/form-data; boundary=" + BOUNDARY + "\r\nContent-Length: " + body.length + "\r\n";
        return RawHttp.exchange(server.baseUri(), RawHttp.bytes(head), body);
    }

    @Test
    void nullForEveryFieldOfTheEditIs400AndChangesNothing() {
        Map<String, Boolean> fields = SpecProperties.nullable("unipile", "EditAccountOwnerProfileRequest");
        assertFalse(fields.containsValue(true), "the spec makes a field nullable: " + fields);
        String before = profile();
        for (String field : fields.keySet()) {
            byte[] type = field.equals("type") ? new byte[0] : part("type", null, null, "LINKEDIN");
            byte[] account = field.equals("account_id") ? new byte[0]
                    : part("account_id", null, null, UnipileReference.LINKEDIN_ACCOUNT);
            RawHttp.Answer answer = edit(type, account, part(field, null, "application/json", "null"));
            assertEquals(400, answer.status(), field + ": " + answer.body());
            assertEquals(before, profile(), field);
        }
        RawHttp.Answer item = edit(part("type", null, null, "LINKEDIN"),
                part("account_id", null, null, UnipileReference.LINKEDIN_ACCOUNT),
                part("skills", null, "application/json", "[\"APIs\", null]"));
        assertEquals(400, item.status(), item.body());
        assertEquals(before, profile());
    }
}
