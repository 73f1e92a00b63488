package org.contractfirst.reference.bird;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.contractfirst.reference.ReferenceServerTest;
import org.contractfirst.server.runtime.security.SandboxCredentials;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bird's reference server, over HTTP: every operation, its documented errors, and bad input that changes nothing. */
class BirdReferenceServerTest extends ReferenceServerTest {

    @Override
    protected String api() {
        return "bird";
    }

    private RequestSpecification as(String token) {
        return withBearer(token);
    }

    private static void birdError(ValidatableResponse response, int status) {
        response.statusCode(status).contentType(ContentType.JSON)
                .body("code", notNullValue()).body("message", notNullValue());
    }

    @Test
    void getProfile() {
        as(BirdReference.DEMO_TOKEN).get("/me").then().statusCode(200).contentType(ContentType.JSON)
                .body("id", equalTo("3f9c7a52-8d41-4b8e-9a43-6f1b2d7e5c10"))
                .body("name", equalTo("Ada Lovelace"))
                .body("status", equalTo("active"))
                .body("emails[0].email", equalTo("ada@example.com"))
                .body("phoneNumbers.size()", equalTo(0))
                .body("$", not(hasKey("bio")));
    }

    @ParameterizedTest
    @CsvSource({"get", "patch", "delete"})
    void everyOperationRejectsMissingAndUnknownTokens(String method) {
        birdError(anonymous().contentType(ContentType.JSON).body("{}").request(method, "/me").then(), 401);
        birdError(as("not-a-token").contentType(ContentType.JSON).body("{}").request(method, "/me").then(), 401);
        birdError(anonymous().header("Authorization", "Basic YTpi").contentType(ContentType.JSON).body("{}")
                .request(method, "/me").then(), 401);
    }

    @Test
    void a401CarriesTheBearerChallengeTheSpecDocuments() {
        anonymous().get("/me").then().statusCode(401)
                .header("WWW-Authenticate", equalTo("Bearer realm=\"bird\""));
        as("not-a-token").get("/me").then().statusCode(401)
                .header("WWW-Authenticate", equalTo("Bearer realm=\"bird\", error=\"invalid_token\""));
    }

    @ParameterizedTest
    @CsvSource({"414", "422", "431"})
    void sandboxTokensAnswerTheRefusalsOfRequestsTooLargeOrUnreadable(int status) {
        String token = SandboxCredentials.credential("bird", status);
        String before = as(BirdReference.DEMO_TOKEN).get("/me").then().extract().asString();
        birdError(as(token).get("/me").then(), status);
        birdError(as(token).contentType(ContentType.JSON).body(Map.of("name", "Sandbox")).patch("/me").then(), status);
        birdError(as(token).delete("/me").then(), status);
        assertEquals(before, as(BirdReference.DEMO_TOKEN).get("/me").then().extract().asString());
    }

    @Test
    void patchChangesOnlyTheFieldsGivenAndMovesUpdatedAt() {
        String before = as(BirdReference.DEMO_TOKEN).get("/me").then().extract().path("updatedAt");
        as(BirdReference.DEMO_TOKEN).contentType(ContentType.JSON)
                .body(Map.of("bio", "Countess of Lovelace.", "timezone", "America/New_York",
                        "avatarUrl", "https://media.example.com/ada.png", "locale", "en-US"))
                .patch("/me").then().statusCode(200)
                .body("bio", equalTo("Countess of Lovelace."))
                .body("timezone", equalTo("America/New_York"))
                .body("name", equalTo("Ada Lovelace"));
        String after = as(BirdReference.DEMO_TOKEN).get("/me").then()
                .body("bio", equalTo("Countess of Lovelace."))
                .body("locale", equalTo("en-US"))
                .body("avatarUrl", equalTo("https://media.example.com/ada.png"))
                .body("defaultEmail", equalTo("ada@example.com"))
                .extract().path("updatedAt");
        assertTrue(OffsetDateTime.parse(after).isAfter(OffsetDateTime.parse(before)), before + " -> " + after);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "locale not BCP 47      | {\"locale\": \"not a locale!\"}          | locale",
            "timezone not IANA      | {\"timezone\": \"Mars/Olympus\"}         | timezone",
            "avatarUrl not a URL    | {\"avatarUrl\": \"not a url\"}           | avatarUrl",
            "avatarUrl not http     | {\"avatarUrl\": \"ftp://x.example/a\"}   | avatarUrl"})
    void invalidFormatsGet422NamingTheField(String name, String body, String field) {
        birdError(as(BirdReference.DEMO_TOKEN).contentType(ContentType.JSON).body(body).patch("/me").then()
                .body("details", hasKey(field)), 422);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "invalid JSON           | application/json | {\"name\":                         | 422",
            "wrong type             | application/json | {\"name\": 5}                       | 422",
            "not an object          | application/json | [1, 2]                             | 422",
            "null body              | application/json | null                               | 422",
            "empty name             | application/json | {\"name\": \"\"}                     | 422",
            "unknown field          | application/json | {\"nickname\": \"Ada\"}              | 422",
            "wrong content type     | text/plain       | name=Ada                           | 415",
            "form content type      | application/x-www-form-urlencoded | name=Ada          | 415"})
    void badInputGetsADocumented4xxAndChangesNothing(String name, String contentType, String body, int status) {
        String before = as(BirdReference.DEMO_TOKEN).get("/me").then().extract().asString();
        birdError(as(BirdReference.DEMO_TOKEN).contentType(contentType).body(body).patch("/me").then(), status);
        assertEquals(before, as(BirdReference.DEMO_TOKEN).get("/me").then().extract().asString());
    }

    @Test
    void overLongAndOversizedBodiesAreRefused() {
        String before = as(BirdReference.DEMO_TOKEN).get("/me").then().extract().asString();
        birdError(as(BirdReference.DEMO_TOKEN).contentType(ContentType.JSON)
                .body(Map.of("name", "x".repeat(256))).patch("/me").then(), 422);
        birdError(as(BirdReference.DEMO_TOKEN).contentType(ContentType.JSON)
                .body(Map.of("bio", "x".repeat(70_000))).patch("/me").then(), 413);
        assertEquals(before, as(BirdReference.DEMO_TOKEN).get("/me").then().extract().asString());
    }

    @Test
    void deleteAnswers202AndTheTokenStopsWorking() {
        as(BirdReference.DELETABLE_TOKEN).delete("/me").then().statusCode(202);
        birdError(as(BirdReference.DELETABLE_TOKEN).get("/me").then(), 401);
        birdError(as(BirdReference.DELETABLE_TOKEN).delete("/me").then(), 401);
        as(BirdReference.DEMO_TOKEN).get("/me").then().statusCode(200);
    }

    @Test
    void unknownPathsAndMethodsGet404And405InBirdsShape() {
        birdError(as(BirdReference.DEMO_TOKEN).get("/you").then(), 404);
        birdError(as(BirdReference.DEMO_TOKEN).post("/me").then(), 405);
    }

    @Test
    void acceptIsIgnoredBecauseBirdOnlySpeaksJson() {
        as(BirdReference.DEMO_TOKEN).accept("text/html").get("/me").then().statusCode(200).contentType(ContentType.JSON);
    }

    @Test
    void concurrentWritesToDifferentFieldsAreNeverLost() throws Exception {
        List<String> fields = List.of("name", "bio", "locale", "timezone", "avatarUrl");
        int rounds = 20;
        List<Callable<Void>> writers = new ArrayList<>();
        for (String field : fields) {
            writers.add(() -> {
                for (int round = 0; round < rounds; round++) {
                    as(BirdReference.DEMO_TOKEN).contentType(ContentType.JSON)
                            .body(Map.of(field, valueOf(field, round))).patch("/me").then().statusCode(200);
                }
                return null;
            });
        }
        inParallel(writers);
        ValidatableResponse me = as(BirdReference.DEMO_TOKEN).get("/me").then();
        for (String field : fields) {
            me.body(field, equalTo(valueOf(field, rounds - 1)));
        }
    }

    private static String valueOf(String field, int round) {
        return switch (field) {
            case "locale" -> round % 2 == 0 ? "en-US" : "de-DE";
            case "timezone" -> round % 2 == 0 ? "Europe/Berlin" : "Asia/Tokyo";
            case "avatarUrl" -> "https://media.example.com/" + round + ".png";
            default -> field + " " + round;
        };
    }
}
