package org.contractfirst.reference.bird;

import io.restassured.path.json.JsonPath;
import org.contractfirst.reference.RequestLimitsTest;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertNotNull;

/** Bird's operations take no query: the read's request grows in a query parameter Bird ignores. */
class BirdRequestLimitsTest extends RequestLimitsTest {

    @Override
    protected String api() {
        return "bird";
    }

    @Override
    protected String target(int padding) {
        return "/me?pad=" + "p".repeat(padding);
    }

    @Override
    protected List<String> headers() {
        return List.of("Authorization: Bearer " + BirdReference.DEMO_TOKEN);
    }

    @Override
    protected int servedStatus() {
        return 200;
    }

    @Override
    protected void assertErrorShape(int status, JsonPath body) {
        assertNotNull(body.getString("code"));
        assertNotNull(body.getString("message"));
    }
}
