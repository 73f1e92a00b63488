package org.contractfirst.reference.circuit;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.contractfirst.reference.ReferenceServerTest;
import org.contractfirst.server.runtime.security.SandboxCredentials;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.contractfirst.reference.circuit.CircuitReference.ROGER;
import static org.contractfirst.reference.circuit.CircuitReference.SERENA;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasKey;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Circuit's reference server, over HTTP: the ten operations in JSON and XML, scopes, and every documented error. */
class CircuitReferenceServerTest extends ReferenceServerTest {

    @Override
    protected String api() {
        return "circuit";
    }

    private RequestSpecification all() {
        return withBearer(CircuitReference.ALL_TOKEN);
    }

    private static void circuitError(ValidatableResponse response, int status) {
        response.statusCode(status).contentType(ContentType.JSON).body("code", equalTo(status));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "getLabel,              /users/labels",
            "getPresence,           /users/presence?userIds=roger@example.com",
            "getProfile,            /users/profile",
            "getSupportInfo,        /users/supportinfo",
            "getUserByEmailAddress, /users/serena@example.com/getUserByEmail",
            "getUserById,           /users/" + ROGER,
            "getUserPresence,       /users/roger@example.com/presence",
            "searchUser,            /users?name=ser",
            "searchUsersList,       /users/list?name=roger@example.com"})
    void everyReadAnswersJsonByDefaultAndXmlWhenAsked(String operationId, String path) {
        all().get(path).then().statusCode(200).contentType(ContentType.JSON);
        all().accept("*/*").get(path).then().statusCode(200).contentType(ContentType.JSON);
        all().accept(ContentType.XML).get(path).then().statusCode(200).contentType(ContentType.XML);
        circuitError(all().accept("text/csv").get(path).then(), 406);
    }

    @Test
    void jsonBodies() {
        all().get("/users/profile").then().body("userId", equalTo(ROGER)).body("userType", equalTo("REGULAR"))
                .body("emailAddresses[0].type", equalTo("OTHER"));
        all().get("/users/labels").then().body("[0].value", equalTo("Favourites"));
        all().get("/users/supportinfo").then().body("supportType", equalTo("EMAIL"));
        all().get("/users/presence?userIds=roger@example.com&userIds=" + SERENA).then()
                .body("state", hasItems("AVAILABLE", "AWAY"));
        all().get("/users?name=williams").then().body("userId", hasItems(SERENA));
        all().get("/users/" + SERENA + "/presence").then().body("state", equalTo("AWAY"));
    }

    @Test
    void xmlBodiesUseTheSpecsElementNames() {
        all().accept(ContentType.XML).get("/users/profile").then()
                .body("user.userId", equalTo(ROGER))
                .body("user.emailAddresses.emailAddress.address", equalTo("rf@example.org"))
                .body("user.phoneNumbers.phoneNumber.type", equalTo("MOBILE"));
        all().accept(ContentType.XML).get("/users?name=e").then().body("users.user.size()", equalTo(2));
        all().accept(ContentType.XML).get("/users/labels").then().body("labels.label.value", equalTo("Favourites"));
        all().accept(ContentType.XML).get("/users/presence?userIds=" + ROGER).then()
                .body("presences.presence.state", equalTo("AVAILABLE"));
        all().accept(ContentType.XML).get("/users/supportinfo").then().body("supportInfo.supportType", equalTo("EMAIL"));
        all().accept(ContentType.XML).get("/users/nobody@example.com").then().statusCode(404)
                .contentType(ContentType.XML).body("error.code", equalTo("404"));
    }

    @Test
    void errorsAnswerInTheMediaTypeAcceptPrefers() {
        anonymous().accept(ContentType.XML).get("/users/profile").then().statusCode(401)
                .contentType(ContentType.XML).body("error.code", equalTo("401"));
        anonymous().accept("application/xml;q=0.5, application/json").get("/users/profile").then().statusCode(401)
                .contentType(ContentType.JSON);
        circuitError(anonymous().accept("*/*").get("/users/profile").then(), 401);
    }

    @ParameterizedTest
    @CsvSource({"400", "414", "431", "500", "503"})
    void sandboxCredentialsAnswerTheOutagesCircuitDocuments(int status) {
        String token = SandboxCredentials.credential("circuit", status);
        circuitError(withBearer(token).get("/users/profile").then(), status);
        withBearer(token).accept(ContentType.XML).get("/users/" + ROGER).then().statusCode(status)
                .contentType(ContentType.XML).body("error.code", equalTo(Integer.toString(status)));
    }

    @Test
    void lookupsWithAndWithoutSecondaryAddresses() {
        circuitError(all().get("/users/roger.home@example.com/getUserByEmail").then(), 404);
        all().get("/users/roger.home@example.com/getUserByEmail?secondaryLookup=true").then().statusCode(200)
                .body("userId", equalTo(ROGER));
        all().get("/users/list?name=rf@example.org&secondaryLookup=true").then().statusCode(200)
                .body("[0].userId", equalTo(ROGER)).body("[0]", not(hasKey("company")));
        all().get("/users/list?name=" + ROGER + "&returnFullUserInfo=true").then().statusCode(200)
                .body("[0].company", equalTo("Unify"));
        circuitError(all().get("/users/list?name=rf@example.org").then(), 404);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "/users/not-an-id",
            "/users/not-an-id/presence",
            "/users/presence?userIds=not-an-id",
            "/users/presence",
            "/users/list?name=not-an-id",
            "/users/list",
            "/users?name=",
            "/users",
            "/users/list?name=" + ROGER + "&secondaryLookup=maybe",
            "/users/roger@example.com/getUserByEmail?secondaryLookup=1"})
    void badParametersGet400(String path) {
        circuitError(all().get(path).then(), 400);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "/users/nobody@example.com",
            "/users/00000000-0000-0000-0000-000000000000/presence",
            "/users/presence?userIds=nobody@example.com",
            "/users/nobody@example.com/getUserByEmail",
            "/users?name=Nadal",
            "/users/list?name=nobody@example.com"})
    void unknownUsersGet404(String path) {
        circuitError(all().get(path).then(), 404);
    }

    @Test
    void setUserPresenceWithTheDndRule() {
        String form = "application/x-www-form-urlencoded";
        circuitError(all().contentType(form).formParam("state", "DND").put("/users/presence").then()
                .body("message", equalTo("dndUntil is mandatory when state is DND")), 400);
        all().contentType(form).formParam("state", "DND").formParam("dndUntil", "2026-12-01T10:00:00Z")
                .formParam("statusMessage", "Focus").put("/users/presence").then().statusCode(200)
                .body("state", equalTo("DND")).body("dndUntil", equalTo(1796119200000L));
        all().accept(ContentType.XML).contentType(form).formParam("state", "BUSY").formParam("clearDND", "true")
                .put("/users/presence").then().statusCode(200).body("presence.state", equalTo("BUSY"));
        all().get("/users/profile").then().statusCode(200);
        all().get("/users/" + ROGER + "/presence").then().body("state", equalTo("BUSY")).body("$", not(hasKey("dndUntil")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "unknown state           | application/x-www-form-urlencoded | state=SLEEPY                   | 400",
            "no state                | application/x-www-form-urlencoded | statusMessage=hi               | 400",
            "empty form              | application/x-www-form-urlencoded | ''                             | 400",
            "bad date-time           | application/x-www-form-urlencoded | state=DND&dndUntil=tomorrow    | 400",
            "bad boolean             | application/x-www-form-urlencoded | state=AWAY&clearDND=perhaps    | 400",
            "JSON body               | application/json                  | {\"state\": \"AWAY\"}           | 415"})
    void badPresenceInputChangesNothing(String name, String contentType, String body, int status) {
        String before = all().get("/users/" + ROGER + "/presence").then().extract().asString();
        circuitError(all().contentType(contentType).body(body).put("/users/presence").then(), status);
        assertEquals(before, all().get("/users/" + ROGER + "/presence").then().extract().asString());
    }

    @Test
    void setUserPresenceAnswersJsonOrXmlOnly() {
        circuitError(all().accept("text/csv").contentType("application/x-www-form-urlencoded").formParam("state", "AWAY")
                .put("/users/presence").then(), 406);
        all().get("/users/" + ROGER + "/presence").then().body("state", equalTo("AVAILABLE"));
    }

    @Test
    void overLongAndOversizedPresenceIsRefused() {
        String form = "application/x-www-form-urlencoded";
        circuitError(all().contentType(form).formParam("state", "AWAY").formParam("statusMessage", "x".repeat(2049))
                .put("/users/presence").then(), 400);
        circuitError(all().contentType(form).formParam("state", "AWAY").formParam("statusMessage", "x".repeat(70_000))
                .put("/users/presence").then(), 400);
        all().get("/users/" + ROGER + "/presence").then().body("state", equalTo("AVAILABLE"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"GET, /users/labels", "GET, /users/presence?userIds=" + ROGER, "PUT, /users/presence",
            "GET, /users/profile", "GET, /users/supportinfo", "GET, /users/roger@example.com/getUserByEmail",
            "GET, /users/" + ROGER, "GET, /users/" + ROGER + "/presence", "GET, /users?name=r",
            "GET, /users/list?name=" + ROGER})
    void everyOperationNeedsAKnownToken(String method, String path) {
        circuitError(anonymous().contentType("application/x-www-form-urlencoded").body("state=AWAY")
                .request(method, path).then(), 401);
        circuitError(withBearer("stolen").contentType("application/x-www-form-urlencoded").body("state=AWAY")
                .request(method, path).then(), 401);
    }

    @Test
    void aTokenPassesWithAllOrTheOperationsOwnScope() {
        withBearer(CircuitReference.READ_USER_TOKEN).get("/users/" + ROGER).then().statusCode(200);
        circuitError(withBearer(CircuitReference.READ_USER_TOKEN).get("/users/profile").then(), 401);
        circuitError(withBearer(CircuitReference.READ_USER_TOKEN).get("/users/labels").then(), 401);
        withBearer(CircuitReference.MANAGE_PRESENCE_TOKEN).contentType("application/x-www-form-urlencoded")
                .formParam("state", "OFFLINE").put("/users/presence").then().statusCode(200)
                .body("userId", equalTo(SERENA));
        circuitError(withBearer(CircuitReference.MANAGE_PRESENCE_TOKEN).get("/users/" + ROGER).then(), 401);
    }

    @Test
    void unknownPathsAndMethods() {
        circuitError(all().get("/conversations").then(), 404);
        circuitError(all().delete("/users/profile").then(), 405);
    }
}
