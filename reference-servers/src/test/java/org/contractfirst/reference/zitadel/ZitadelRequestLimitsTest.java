package org.contractfirst.reference.zitadel;

import io.restassured.path.json.JsonPath;
import org.contractfirst.reference.RequestLimitsTest;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** ZITADEL's operations take no query: the read's request grows in a query parameter the gateway ignores. */
class ZitadelRequestLimitsTest extends RequestLimitsTest {

    @Override
    protected String api() {
        return "zitadel";
    }

    @Override
    protected String target(int padding) {
        return "/users/me/profile?pad=" + "p".repeat(padding);
    }

    @Override
    protected List<String> headers() {
        return List.of("Authorization: Bearer " + ZitadelReference.DEMO_TOKEN);
    }

    @Override
    protected int servedStatus() {
        return 200;
    }

    @Override
    protected void assertErrorShape(int status, JsonPath body) {
        assertEquals(3, body.getInt("code"));
    }
}
