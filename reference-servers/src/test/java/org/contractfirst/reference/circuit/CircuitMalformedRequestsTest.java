package org.contractfirst.reference.circuit;

import io.restassured.path.json.JsonPath;
import org.contractfirst.reference.MalformedRequestsTest;
import org.contractfirst.reference.RawHttp;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** Circuit answers every request it cannot read with 400, in JSON or XML as Accept asks. */
class CircuitMalformedRequestsTest extends MalformedRequestsTest {

    private static final List<String> FORM = List.of("Authorization: Bearer " + CircuitReference.ALL_TOKEN,
            "Content-Type: application/x-www-form-urlencoded");

    @Override
    protected String api() {
        return "circuit";
    }

    @Override
    protected Write write() {
        return new Write("PUT", "/users/presence", FORM, utf8("state=BUSY&statusMessage=changed"));
    }

    @Override
    protected String state() {
        return withBearer(CircuitReference.ALL_TOKEN).get("/users/" + CircuitReference.ROGER + "/presence").then()
                .statusCode(200).extract().asString();
    }

    @Override
    protected int unreadableStatus() {
        return 400;
    }

    @Override
    protected void assertErrorShape(int status, JsonPath body) {
        assertEquals(status, body.getInt("code"));
        assertNotNull(body.getString("message"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"statusMessage=%FF", "statusMessage=\u00ff\u00fe", "statusMessage=%ZZ", "statusMessage=a%",
            "statusMessage=a%00b"})
    void aFormThatCannotBeReadIs400AndChangesNothing(String field) {
        String before = state();
        byte[] body = RawHttp.bytes("state=BUSY&" + field);
        assertRefused(send("PUT", server.baseUri().getPath() + "/users/presence", FORM, List.of(), body), 400);
        assertEquals(before, state());
    }

    @Test
    void everyReadIsRefusedAlikeAndInXmlWhenAsked() {
        for (String path : List.of("/users/labels", "/users/profile", "/users/supportinfo", "/users/%ZZ",
                "/users/a%/presence", "/users/%00/getUserByEmail", "/users?name=a%", "/users/list?name=a%",
                "/users/presence?userIds=%C3%28", "/users/..%2F..%2Fetc")) {
            String target = server.baseUri().getPath() + path + (path.contains("?") || path.contains("%") ? "" : "?x=%");
            assertRefused(send("GET", target, FORM, List.of(), new byte[0]), 400);
        }
        RawHttp.Answer xml = send("GET", server.baseUri().getPath() + "/users/%ZZ", FORM,
                List.of("Accept: application/xml"), new byte[0]);
        assertEquals(400, xml.status());
        assertEquals("application/xml", xml.header("Content-Type"));
    }
}
