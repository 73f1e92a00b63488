package org.contractfirst.reference.unipile;

import io.restassured.path.json.JsonPath;
import org.contractfirst.reference.RequestLimitsTest;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@code account_id} has no maximum length: the longest that fits is read (and names no account, 404). */
class UnipileRequestLimitsTest extends RequestLimitsTest {

    @Override
    protected String api() {
        return "unipile";
    }

    @Override
    protected String target(int padding) {
        return "/api/v1/users/me?account_id=acc_" + "p".repeat(padding);
    }

    @Override
    protected List<String> headers() {
        return List.of("X-API-KEY: " + UnipileReference.DEMO_KEY);
    }

    @Override
    protected int servedStatus() {
        return 404;
    }

    @Override
    protected void assertErrorShape(int status, JsonPath body) {
        assertEquals(status, body.getInt("status"));
        assertEquals(status == 414 ? "errors/uri_too_long" : "errors/request_header_fields_too_large",
                body.getString("type"));
    }
}
