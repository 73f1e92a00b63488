package org.contractfirst.reference.circuit;

import org.contractfirst.reference.ReferenceServerTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.hamcrest.Matchers.equalTo;

/**
 * Lengths count code points in query, path and form parameters and in the items of lists, with characters outside
 * the Basic Multilingual Plane (an e-mail address of them where the pattern wants one): at a limit the request is
 * served (a valid id that names no one is 404), one past it 400.
 */
class CircuitCodePointLengthsTest extends ReferenceServerTest {

    private static final String EMOJI = "\uD83D\uDE00";

    @Override
    protected String api() {
        return "circuit";
    }

    /** An e-mail address of {@code length} code points: emoji, then {@code @x.io}. */
    private static String address(int length) {
        return EMOJI.repeat(length - 5) + "@x.io";
    }

    @ParameterizedTest(name = "{0} of {1} characters: {2}")
    @CsvSource({
            "searchUser name,             0, 400", "searchUser name,            1, 404",
            "searchUser name,          2048, 404", "searchUser name,         2049, 400",
            "searchUsersList name,     2048, 404", "searchUsersList name,     2049, 400",
            "getPresence userIds,      6500, 404", "getPresence userIds,      6501, 400",
            "getUserById id,           2048, 404", "getUserById id,           2049, 400",
            "getUserPresence id,       2048, 404", "getUserPresence id,       2049, 400",
            "getUserByEmailAddress,    2048, 404", "getUserByEmailAddress,    2049, 400"})
    void parametersCountCodePoints(String parameter, int length, int status) {
        var request = withBearer(CircuitReference.ALL_TOKEN).urlEncodingEnabled(true);
        var answer = switch (parameter) {
            case "searchUser name" -> request.queryParam("name", EMOJI.repeat(length)).get("/users");
            case "searchUsersList name" -> request.queryParam("name", address(length)).get("/users/list");
            case "getPresence userIds" -> request.queryParam("userIds", address(length)).get("/users/presence");
            case "getUserById id" -> request.pathParam("id", address(length)).get("/users/{id}");
            case "getUserPresence id" -> request.pathParam("id", address(length)).get("/users/{id}/presence");
            default -> request.pathParam("email", address(length)).get("/users/{email}/getUserByEmail");
        };
        answer.then().statusCode(status).body("code", equalTo(status));
    }

    @ParameterizedTest(name = "a status message of {0} characters: {1}")
    @CsvSource({"2048, 200", "2049, 400"})
    void aFormFieldCountsCodePoints(int length, int status) {
        String message = EMOJI.repeat(length);
        withBearer(CircuitReference.ALL_TOKEN).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("state", "BUSY").formParam("statusMessage", message)
                .put("/users/presence").then().statusCode(status);
        withBearer(CircuitReference.ALL_TOKEN).get("/users/" + CircuitReference.ROGER + "/presence").then()
                .body("statusMessage", status == 200 ? equalTo(message) : equalTo("In the office"));
    }
}
