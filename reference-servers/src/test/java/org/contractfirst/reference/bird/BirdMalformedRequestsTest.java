package org.contractfirst.reference.bird;

import io.restassured.path.json.JsonPath;
import org.contractfirst.reference.MalformedRequestsTest;
import org.contractfirst.reference.RawHttp;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** Bird answers every request it cannot read with 422 "Request validation failed", as it answers all bad input. */
class BirdMalformedRequestsTest extends MalformedRequestsTest {

    private static final List<String> JSON = List.of("Authorization: Bearer " + BirdReference.DEMO_TOKEN,
            "Content-Type: application/json");

    @Override
    protected String api() {
        return "bird";
    }

    @Override
    protected Write write() {
        return new Write("PATCH", "/me", JSON, utf8("{\"name\":\"Ada King\"}"));
    }

    @Override
    protected String state() {
        return withBearer(BirdReference.DEMO_TOKEN).get("/me").then().statusCode(200).extract().asString();
    }

    @Override
    protected int unreadableStatus() {
        return 422;
    }

    @Override
    protected void assertErrorShape(int status, JsonPath body) {
        assertNotNull(body.getString("code"));
        assertNotNull(body.getString("message"));
    }

    @Test
    void aBodyThatIsNotUtf8Is422AndChangesNothing() {
        String before = state();
        byte[] body = RawHttp.bytes("{\"name\":\"Ada \u00ff\u00fe\"}");
        assertRefused(send("PATCH", server.baseUri().getPath() + "/me", JSON, List.of(), body), 422);
        assertEquals(before, state());
    }

    @Test
    void readsAndDeletesAreRefusedAlike() {
        assertRefused(send("GET", server.baseUri().getPath() + "/me?x=%", JSON, List.of(), new byte[0]), 422);
        assertRefused(send("DELETE", server.baseUri().getPath() + "/me%00", List.of("Authorization: Bearer " + BirdReference.DELETABLE_TOKEN),
                List.of(), new byte[0]), 422);
        withBearer(BirdReference.DELETABLE_TOKEN).get("/me").then().statusCode(200);
    }
}
