package org.contractfirst.reference.unipile;

import org.contractfirst.reference.ReferenceServerTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Lengths count code points in multipart fields and query parameters: {@code location[postal_code]} (5 to 5) and
 * {@code account_id} (at least 1), with characters outside the Basic Multilingual Plane.
 */
class UnipileCodePointLengthsTest extends ReferenceServerTest {

    private static final String EMOJI = "\uD83D\uDE00";

    @Override
    protected String api() {
        return "unipile";
    }

    private String profile() {
        return anonymous().header("X-API-KEY", UnipileReference.DEMO_KEY)
                .queryParam("account_id", UnipileReference.LINKEDIN_ACCOUNT).get("/api/v1/users/me").then()
                .statusCode(200).extract().asString();
    }

    @ParameterizedTest(name = "a postal code of {0} characters: {1}")
    @CsvSource({"4, 400", "5, 200", "6, 400"})
    void aPostalCodeIsFiveCodePoints(int length, int status) {
        String before = profile();
        anonymous().header("X-API-KEY", UnipileReference.DEMO_KEY).multiPart("type", "LINKEDIN")
                .multiPart("account_id", UnipileReference.LINKEDIN_ACCOUNT).multiPart("location[id]", "105015875")
                .multiPart("location[postal_code]", EMOJI.repeat(length)).patch("/api/v1/users/me/edit")
                .then().statusCode(status);
        if (status != 200) {
            assertEquals(before, profile());
        }
    }

    @ParameterizedTest(name = "an account id of {0} characters: {1}")
    @CsvSource({"0, 400", "1, 404"})
    void anAccountIdIsAtLeastOneCodePoint(int length, int status) {
        anonymous().header("X-API-KEY", UnipileReference.DEMO_KEY).queryParam("account_id", EMOJI.repeat(length))
                .get("/api/v1/users/me").then().statusCode(status);
        anonymous().header("X-API-KEY", UnipileReference.DEMO_KEY).multiPart("type", "LINKEDIN")
                .multiPart("account_id", EMOJI.repeat(length)).patch("/api/v1/users/me/edit").then().statusCode(status);
    }
}
