package org.contractfirst.reference.zitadel;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.contractfirst.reference.ReferenceServerTest;
import org.contractfirst.server.runtime.security.SandboxCredentials;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** ZITADEL's reference server, over HTTP: both operations, their documented errors, and bad input that changes nothing. */
class ZitadelReferenceServerTest extends ReferenceServerTest {

    private static final String PROFILE = "/users/me/profile";

    @Override
    protected String api() {
        return "zitadel";
    }

    private RequestSpecification me() {
        return withBearer(ZitadelReference.DEMO_TOKEN);
    }

    private static Map<String, Object> profile(String firstName, String nickName) {
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("firstName", firstName);
        profile.put("lastName", "Mouse");
        if (nickName != null) {
            profile.put("nickName", nickName);
        }
        profile.put("displayName", firstName + " Mouse");
        profile.put("preferredLanguage", "de");
        profile.put("gender", "GENDER_DIVERSE");
        return profile;
    }

    private static void rpcStatus(ValidatableResponse response, int status, int code) {
        response.statusCode(status).contentType(ContentType.JSON)
                .body("code", equalTo(code)).body("message", notNullValue()).body("details", notNullValue());
    }

    @Test
    void theSandboxTokenAnswersAnOutageAsTheDefaultResponse() {
        String token = SandboxCredentials.credential("zitadel", 503);
        rpcStatus(withBearer(token).get(PROFILE).then(), 503, 14);
        rpcStatus(withBearer(token).contentType(ContentType.JSON).body(profile("Mickey", null)).put(PROFILE).then(), 503, 14);
    }

    @ParameterizedTest
    @CsvSource({"400", "414", "431"})
    void sandboxTokensAnswerTheRefusalsOfRequestsTooLargeOrUnreadable(int status) {
        String token = SandboxCredentials.credential("zitadel", status);
        rpcStatus(withBearer(token).get(PROFILE).then(), status, 3);
        rpcStatus(withBearer(token).contentType(ContentType.JSON).body(profile("Mickey", null)).put(PROFILE).then(), status, 3);
    }

    private long sequence() {
        return Long.parseLong(me().get(PROFILE).then().statusCode(200).extract().path("details.sequence"));
    }

    @Test
    void getMyProfileOmitsZeroValues() {
        me().get(PROFILE).then().statusCode(200).contentType(ContentType.JSON)
                .body("details.sequence", equalTo("2"))
                .body("details.resourceOwner", equalTo("69629023906488334"))
                .body("details.creationDate", equalTo("2024-11-15T21:46:10.392Z"))
                .body("profile.firstName", equalTo("Minnie"))
                .body("profile.gender", equalTo("GENDER_FEMALE"))
                .body("profile", not(hasKey("nickName")));
    }

    @Test
    void putReplacesAllSixFieldsAndRaisesTheSequenceByOne() {
        long before = sequence();
        me().contentType(ContentType.JSON).body(profile("Daisy", "Dee")).put(PROFILE).then().statusCode(200)
                .body("details.sequence", equalTo(Long.toString(before + 1)))
                .body("details.resourceOwner", equalTo("69629023906488334"));
        me().get(PROFILE).then().body("profile.firstName", equalTo("Daisy")).body("profile.nickName", equalTo("Dee"))
                .body("profile.preferredLanguage", equalTo("de")).body("profile.gender", equalTo("GENDER_DIVERSE"));
        Map<String, Object> withoutOptional = Map.of("firstName", "Daisy", "lastName", "Mouse",
                "displayName", "Daisy Mouse");
        me().contentType(ContentType.JSON).body(withoutOptional).put(PROFILE).then().statusCode(200)
                .body("details.sequence", equalTo(Long.toString(before + 2)));
        me().get(PROFILE).then().body("profile", not(hasKey("nickName")))
                .body("profile", not(hasKey("gender"))).body("profile", not(hasKey("preferredLanguage")));
    }

    @Test
    void aPutThatChangesNothingIsFailedPrecondition() {
        me().contentType(ContentType.JSON).body(profile("Daisy", null)).put(PROFILE).then().statusCode(200);
        long before = sequence();
        rpcStatus(me().contentType(ContentType.JSON).body(profile("Daisy", null)).put(PROFILE).then()
                .body("message", equalTo("Errors.User.Profile.NotChanged (COMMAND-2M0fs)"))
                .body("details[0].'@type'", equalTo("type.googleapis.com/zitadel.v1.ErrorDetail"))
                .body("details[0].id", equalTo("COMMAND-2M0fs")), 400, 9);
        assertEquals(before, sequence());
    }

    @Test
    void unknownFieldsAreIgnored() {
        Map<String, Object> body = profile("Daisy", null);
        body.put("favouriteColour", "yellow");
        me().contentType(ContentType.JSON).body(body).put(PROFILE).then().statusCode(200);
    }

    @ParameterizedTest
    @CsvSource({"get", "put"})
    void missingAndUnknownTokensAreUnauthenticated(String method) {
        rpcStatus(anonymous().contentType(ContentType.JSON).body(profile("Daisy", null)).request(method, PROFILE)
                .then(), 401, 16);
        rpcStatus(withBearer("expired").contentType(ContentType.JSON).body(profile("Daisy", null))
                .request(method, PROFILE).then(), 401, 16);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "invalid JSON          | application/json | {\"firstName\":",
            "wrong type            | application/json | {\"firstName\": 1, \"lastName\": \"M\", \"displayName\": \"D\"}",
            "not an object         | application/json | [\"Daisy\"]",
            "empty first name      | application/json | {\"firstName\": \"\", \"lastName\": \"M\", \"displayName\": \"D\"}",
            "empty nick name       | application/json | {\"firstName\": \"F\", \"lastName\": \"M\", \"displayName\": \"D\", \"nickName\": \"\"}",
            "missing display name  | application/json | {\"firstName\": \"F\", \"lastName\": \"M\"}",
            "unknown gender        | application/json | {\"firstName\": \"F\", \"lastName\": \"M\", \"displayName\": \"D\", \"gender\": \"GENDER_ROBOT\"}",
            "long language         | application/json | {\"firstName\": \"F\", \"lastName\": \"M\", \"displayName\": \"D\", \"preferredLanguage\": \"abcdefghijk\"}",
            "wrong content type    | text/plain       | firstName=F"})
    void badInputIsInvalidArgumentAndChangesNothing(String name, String contentType, String body) {
        String before = me().get(PROFILE).then().extract().asString();
        rpcStatus(me().contentType(contentType).body(body).put(PROFILE).then(), 400, 3);
        assertEquals(before, me().get(PROFILE).then().extract().asString());
    }

    @Test
    void overLongAndOversizedBodiesAreInvalidArguments() {
        String before = me().get(PROFILE).then().extract().asString();
        rpcStatus(me().contentType(ContentType.JSON).body(profile("x".repeat(201), null)).put(PROFILE).then(), 400, 3);
        rpcStatus(me().contentType(ContentType.JSON).body(profile("x".repeat(70_000), null)).put(PROFILE).then(), 400, 3);
        assertEquals(before, me().get(PROFILE).then().extract().asString());
    }

    @Test
    void unknownPathsAndMethods() {
        rpcStatus(me().get("/users/me/avatar").then(), 404, 5);
        rpcStatus(me().delete(PROFILE).then(), 405, 12);
    }

    @Test
    void concurrentChangesAreEachCounted() throws Exception {
        long before = sequence();
        int writers = 8;
        int rounds = 10;
        List<Callable<Void>> tasks = new ArrayList<>();
        for (int writer = 0; writer < writers; writer++) {
            int id = writer;
            tasks.add(() -> {
                for (int round = 0; round < rounds; round++) {
                    me().contentType(ContentType.JSON).body(profile("Writer" + id + "-" + round, null)).put(PROFILE)
                            .then().statusCode(200);
                }
                return null;
            });
        }
        inParallel(tasks);
        assertEquals(before + (long) writers * rounds, sequence());
    }
}
