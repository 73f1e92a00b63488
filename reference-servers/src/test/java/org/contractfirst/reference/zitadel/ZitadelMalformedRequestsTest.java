package org.contractfirst.reference.zitadel;

import io.restassured.path.json.JsonPath;
import org.contractfirst.reference.MalformedRequestsTest;
import org.contractfirst.reference.RawHttp;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** ZITADEL answers every request it cannot read as InvalidArgument (code 3): 400, or 414 and 431 for its size. */
class ZitadelMalformedRequestsTest extends MalformedRequestsTest {

    private static final List<String> JSON = List.of("Authorization: Bearer " + ZitadelReference.DEMO_TOKEN,
            "Content-Type: application/json");
    private static final String CHANGE = "{\"firstName\":\"Minnie\",\"lastName\":\"Mouse\",\"displayName\":\"Minnie M.\","
            + "\"nickName\":\"Min\"}";

    @Override
    protected String api() {
        return "zitadel";
    }

    @Override
    protected Write write() {
        return new Write("PUT", "/users/me/profile", JSON, utf8(CHANGE));
    }

    @Override
    protected String state() {
        return withBearer(ZitadelReference.DEMO_TOKEN).get("/users/me/profile").then().statusCode(200).extract().asString();
    }

    @Override
    protected int unreadableStatus() {
        return 400;
    }

    @Override
    protected void assertErrorShape(int status, JsonPath body) {
        assertEquals(3, body.getInt("code"));
        assertNotNull(body.getString("message"));
        assertEquals(List.of(), body.getList("details"));
    }

    @Test
    void aBodyThatIsNotUtf8Is400AndChangesNothing() {
        String before = state();
        byte[] body = RawHttp.bytes(CHANGE.replace("Min\"", "Min\u00ff\""));
        assertRefused(send("PUT", server.baseUri().getPath() + "/users/me/profile", JSON, List.of(), body), 400);
        assertEquals(before, state());
    }

    @Test
    void aReadIsRefusedAlike() {
        assertRefused(send("GET", server.baseUri().getPath() + "/users/me/profile?x=%zz", JSON, List.of(), new byte[0]), 400);
    }
}
