package org.contractfirst.reference.zitadel;

import io.restassured.http.ContentType;
import org.contractfirst.reference.ReferenceServerTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.HashMap;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Lengths count runes (code points), as ZITADEL's validator does: each field's limits tried with characters outside
 * the Basic Multilingual Plane at min - 1, min, max and max + 1.
 */
class ZitadelCodePointLengthsTest extends ReferenceServerTest {

    private static final String EMOJI = "\uD83D\uDE00";

    @Override
    protected String api() {
        return "zitadel";
    }

    @ParameterizedTest(name = "{0} of {1} runes: {2}")
    @CsvSource({
            "firstName, 0, 400", "firstName, 1, 200", "firstName, 200, 200", "firstName, 201, 400",
            "lastName, 0, 400", "lastName, 1, 200", "lastName, 200, 200", "lastName, 201, 400",
            "displayName, 0, 400", "displayName, 1, 200", "displayName, 200, 200", "displayName, 201, 400",
            "nickName, 0, 400", "nickName, 1, 200", "nickName, 200, 200", "nickName, 201, 400",
            "preferredLanguage, 10, 200", "preferredLanguage, 11, 400"})
    void eachFieldsLimitsCountRunes(String field, int length, int status) {
        Map<String, Object> profile = new HashMap<>(Map.of("firstName", "Minnie", "lastName", "Mouse",
                "displayName", "Minnie Mouse", "nickName", "Mini", "preferredLanguage", "de"));
        String value = EMOJI.repeat(length);
        profile.put(field, value);
        String before = withBearer(ZitadelReference.DEMO_TOKEN).get("/users/me/profile").then().extract().asString();
        withBearer(ZitadelReference.DEMO_TOKEN).contentType(ContentType.JSON).body(profile).put("/users/me/profile")
                .then().statusCode(status);
        if (status == 200) {
            withBearer(ZitadelReference.DEMO_TOKEN).get("/users/me/profile").then().body("profile." + field, equalTo(value));
        } else {
            assertEquals(before, withBearer(ZitadelReference.DEMO_TOKEN).get("/users/me/profile").then().extract().asString());
        }
    }
}
