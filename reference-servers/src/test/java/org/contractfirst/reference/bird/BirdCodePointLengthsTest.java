package org.contractfirst.reference.bird;

import io.restassured.http.ContentType;
import org.contractfirst.reference.ReferenceServerTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Lengths count code points: each PATCH field's limits tried with characters outside the Basic Multilingual Plane
 * (two UTF-16 units each) at min - 1, min, max and max + 1. {@code locale} and {@code timezone} are left out: their
 * formats admit only ASCII, so no such value is valid at any length.
 */
class BirdCodePointLengthsTest extends ReferenceServerTest {

    private static final String EMOJI = "\uD83D\uDE00";

    @Override
    protected String api() {
        return "bird";
    }

    @ParameterizedTest(name = "{0} of {1} characters: {2}")
    @CsvSource({
            "name, 0, 422", "name, 1, 200", "name, 255, 200", "name, 256, 422",
            "bio, 0, 200", "bio, 1024, 200", "bio, 1025, 422",
            "avatarUrl, 2048, 200", "avatarUrl, 2049, 422"})
    void eachFieldsLimitsCountCodePoints(String field, int length, int status) {
        String value = field.equals("avatarUrl") ? url(length) : EMOJI.repeat(length);
        String before = withBearer(BirdReference.DEMO_TOKEN).get("/me").then().extract().asString();
        withBearer(BirdReference.DEMO_TOKEN).contentType(ContentType.JSON).body(Map.of(field, value)).patch("/me")
                .then().statusCode(status);
        if (status == 200) {
            withBearer(BirdReference.DEMO_TOKEN).get("/me").then().body(field, equalTo(value));
        } else {
            assertEquals(before, withBearer(BirdReference.DEMO_TOKEN).get("/me").then().extract().asString());
        }
    }

    /** An https URL of {@code length} code points, its path of emoji. */
    private static String url(int length) {
        String prefix = "https://media.example.com/";
        return prefix + EMOJI.repeat(length - prefix.length());
    }
}
