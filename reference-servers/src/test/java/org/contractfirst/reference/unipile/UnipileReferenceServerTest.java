package org.contractfirst.reference.unipile;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.contractfirst.reference.ReferenceServerTest;
import org.contractfirst.server.runtime.security.SandboxCredentials;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import static org.contractfirst.reference.unipile.UnipileReference.LINKEDIN_ACCOUNT;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Unipile's reference server, over HTTP: multipart edits in bracket notation read back through GET, and every documented error. */
class UnipileReferenceServerTest extends ReferenceServerTest {

    private static final String ME = "/api/v1/users/me";
    private static final String EDIT = "/api/v1/users/me/edit";
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};

    @Override
    protected String api() {
        return "unipile";
    }

    private RequestSpecification withKey() {
        return anonymous().header("X-API-KEY", UnipileReference.DEMO_KEY);
    }

    /** The two fields every edit needs. */
    private RequestSpecification edit() {
        return withKey().multiPart("type", "LINKEDIN").multiPart("account_id", LINKEDIN_ACCOUNT);
    }

    private ValidatableResponse profile() {
        return withKey().queryParam("account_id", LINKEDIN_ACCOUNT).get(ME).then().statusCode(200);
    }

    private static void problem(ValidatableResponse response, int status, String type) {
        response.statusCode(status).contentType(ContentType.JSON).body("status", equalTo(status))
                .body("type", equalTo(type)).body("title", notNullValue());
    }

    @Test
    void readsTheLinkedInAccountOwnerProfile() {
        profile().contentType(ContentType.JSON).body("object", equalTo("AccountOwnerProfile"))
                .body("provider", equalTo("LINKEDIN")).body("first_name", equalTo("Julien"))
                .body("profile_picture_url", nullValue()).body("recruiter", nullValue())
                .body("sales_navigator.owner_seat_id", equalTo("178912"));
    }

    @Test
    void theSeedsBracketNotationWithAPictureIsStoredAndReadBack() {
        edit().multiPart("location[id]", "105015875").multiPart("location[postal_code]", "75001")
                .multiPart("headline", "Building APIs").multiPart("summary", "About me")
                .multiPart("picture", "me.png", PNG, "image/png")
                .multiPart("picture_settings[filter]", "STUDIO")
                .multiPart("picture_settings[layout][bottomLeft][x]", "1.25")
                .multiPart("picture_settings[layout][bottomLeft][y]", "0.5")
                .multiPart("experience[role]", "CTO").multiPart("experience[company]", "Unipile")
                .multiPart("experience[presence]", "HYBRID")
                .multiPart("experience[skills]", "development").multiPart("experience[skills]", "management")
                .multiPart("experience[seniority][start_date][month]", "3")
                .multiPart("experience[seniority][start_date][year]", "2022")
                .multiPart("skills", "APIs")
                .patch(EDIT).then().statusCode(200).contentType(ContentType.JSON).body("object", equalTo("ProfileEdited"));
        profile().body("headline", equalTo("Building APIs")).body("summary", equalTo("About me"))
                .body("location", equalTo("Paris, Île-de-France, France"))
                .body("profile_picture_url", matchesPattern("https://media\\.unipile\\.example/.*\\.png"))
                .body("skills", hasItems("APIs"))
                .body("experience[0].id", notNullValue()).body("experience[0].role", equalTo("CTO"))
                .body("experience[0].presence", equalTo("HYBRID"))
                .body("experience[0].skills", equalTo(List.of("development", "management")))
                .body("experience[0].start_date.year", equalTo(2022));
    }

    @Test
    void anExperienceWithAnIdEditsTheOneWithThatId() {
        edit().multiPart("experience[role]", "CTO").multiPart("experience[company]", "Unipile").patch(EDIT)
                .then().statusCode(200);
        String id = profile().extract().path("experience[0].id");
        edit().multiPart("experience[id]", id).multiPart("experience[role]", "CEO").patch(EDIT).then().statusCode(200);
        profile().body("experience.size()", equalTo(1)).body("experience[0].role", equalTo("CEO"))
                .body("experience[0].company", equalTo("Unipile"));
        problem(edit().multiPart("experience[id]", "999").multiPart("experience[role]", "x").patch(EDIT).then(),
                404, "errors/resource_not_found");
    }

    @Test
    void educationIsAddedWithANewIdAndEditedById() {
        edit().multiPart("education[school]", "EPITA").multiPart("education[degree]", "MSc")
                .multiPart("education[start_date][month]", "9").multiPart("education[start_date][year]", "2010")
                .patch(EDIT).then().statusCode(200);
        String id = profile().body("education[0].school", equalTo("EPITA")).extract().path("education[0].id");
        edit().multiPart("education[id]", id).multiPart("education[description]", "Computer science")
                .patch(EDIT).then().statusCode(200);
        profile().body("education[0].description", equalTo("Computer science"));
        problem(edit().multiPart("education[id]", "404").multiPart("education[description]", "x").patch(EDIT).then(),
                404, "errors/resource_not_found");
    }

    @Test
    void picturesAreJpegOrPngOfAtMostFiveMebibytes() {
        String before = profile().extract().asString();
        problem(edit().multiPart("picture", "me.gif", PNG, "image/gif").patch(EDIT).then(), 400, "errors/invalid_parameters");
        problem(edit().multiPart("cover_picture", "big.jpg", new byte[5 * 1024 * 1024 + 1], "image/jpeg").patch(EDIT).then(),
                413, "errors/content_too_large");
        problem(edit().multiPart("picture", "huge.jpg", new byte[13 * 1024 * 1024], "image/jpeg").patch(EDIT).then(),
                413, "errors/content_too_large");
        assertEquals(before, profile().extract().asString());
    }

    @Test
    void accountsThatAreUnknownOrNotLinkedIn() {
        problem(withKey().queryParam("account_id", "nope").get(ME).then(), 404, "errors/resource_not_found");
        problem(withKey().queryParam("account_id", UnipileReference.GMAIL_ACCOUNT).get(ME).then(), 422, "errors/invalid_account");
        problem(withKey().multiPart("type", "LINKEDIN").multiPart("account_id", "nope").patch(EDIT).then(),
                404, "errors/resource_not_found");
        problem(withKey().multiPart("type", "LINKEDIN").multiPart("account_id", UnipileReference.GMAIL_ACCOUNT).patch(EDIT)
                .then(), 422, "errors/invalid_account");
        problem(withKey().get(ME).then(), 400, "errors/invalid_parameters");
        problem(withKey().queryParam("account_id", "").get(ME).then(), 400, "errors/invalid_parameters");
    }

    @ParameterizedTest
    @CsvSource({"403, errors/insufficient_permissions", "414, errors/uri_too_long",
            "431, errors/request_header_fields_too_large", "429, errors/too_many_requests", "500, errors/unexpected_error",
            "501, errors/feature_not_implemented", "503, errors/service_unavailable", "504, errors/request_timeout"})
    void sandboxKeysAnswerTheFailuresUnipileDocuments(int status, String type) {
        String key = SandboxCredentials.credential("unipile", status);
        problem(anonymous().header("X-API-KEY", key).queryParam("account_id", LINKEDIN_ACCOUNT).get(ME).then(), status, type);
        problem(anonymous().header("X-API-KEY", key).multiPart("type", "LINKEDIN").multiPart("account_id", LINKEDIN_ACCOUNT)
                .patch(EDIT).then(), status, type);
    }

    @Test
    void bothOperationsNeedTheApiKey() {
        problem(anonymous().queryParam("account_id", LINKEDIN_ACCOUNT).get(ME).then(), 401, "errors/missing_credentials");
        problem(anonymous().header("X-API-KEY", "wrong").queryParam("account_id", LINKEDIN_ACCOUNT).get(ME).then(),
                401, "errors/invalid_credentials");
        problem(anonymous().multiPart("type", "LINKEDIN").multiPart("account_id", LINKEDIN_ACCOUNT).patch(EDIT).then(),
                401, "errors/missing_credentials");
        problem(anonymous().header("X-API-KEY", "wrong").multiPart("type", "LINKEDIN")
                .multiPart("account_id", LINKEDIN_ACCOUNT).patch(EDIT).then(), 401, "errors/invalid_credentials");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "no type                  | account_id=" + LINKEDIN_ACCOUNT,
            "unknown type             | type=TWITTER;account_id=" + LINKEDIN_ACCOUNT,
            "no account               | type=LINKEDIN",
            "empty account            | type=LINKEDIN;account_id=",
            "short postal code        | type=LINKEDIN;account_id=" + LINKEDIN_ACCOUNT + ";location[id]=1;location[postal_code]=123",
            "long postal code         | type=LINKEDIN;account_id=" + LINKEDIN_ACCOUNT + ";location[id]=1;location[postal_code]=123456",
            "location without id      | type=LINKEDIN;account_id=" + LINKEDIN_ACCOUNT + ";location[postal_code]=75001",
            "unknown filter           | type=LINKEDIN;account_id=" + LINKEDIN_ACCOUNT + ";picture_settings[filter]=SEPIA",
            "coordinate not a number  | type=LINKEDIN;account_id=" + LINKEDIN_ACCOUNT + ";picture_settings[layout][topLeft][x]=abc;picture_settings[layout][topLeft][y]=1",
            "corner without y         | type=LINKEDIN;account_id=" + LINKEDIN_ACCOUNT + ";picture_settings[layout][topLeft][x]=1",
            "experience of no variant | type=LINKEDIN;account_id=" + LINKEDIN_ACCOUNT + ";experience[role]=CTO",
            "unknown presence         | type=LINKEDIN;account_id=" + LINKEDIN_ACCOUNT + ";experience[role]=r;experience[company]=c;experience[presence]=MARS",
            "unknown field            | type=LINKEDIN;account_id=" + LINKEDIN_ACCOUNT + ";colour=red",
            "empty brackets           | type=LINKEDIN;account_id=" + LINKEDIN_ACCOUNT + ";skills[]=APIs",
            "value and object         | type=LINKEDIN;account_id=" + LINKEDIN_ACCOUNT + ";location=Paris;location[id]=1"})
    void badMultipartInputIs400AndChangesNothing(String name, String fields) {
        String before = profile().extract().asString();
        RequestSpecification request = withKey();
        for (String field : fields.split(";")) {
            String[] pair = field.split("=", 2);
            request = request.multiPart(pair[0], pair.length > 1 ? pair[1] : "");
        }
        ValidatableResponse response = request.patch(EDIT).then();
        response.statusCode(400).contentType(ContentType.JSON).body("status", equalTo(400)).body("title", notNullValue());
        assertEquals(before, profile().extract().asString());
    }

    @Test
    void aBodyThatIsNotMultipartIs415() {
        problem(withKey().contentType(ContentType.JSON).body("{\"type\":\"LINKEDIN\"}").patch(EDIT).then(),
                415, "errors/unsupported_media_type");
        problem(withKey().contentType(ContentType.URLENC).formParam("type", "LINKEDIN").patch(EDIT).then(),
                415, "errors/unsupported_media_type");
    }

    @Test
    void concurrentEditsOfDifferentFieldsAreNeverLost() throws Exception {
        List<String> fields = List.of("headline", "summary", "location[id]");
        int rounds = 10;
        List<Callable<Void>> writers = new ArrayList<>();
        for (String field : fields) {
            writers.add(() -> {
                for (int round = 0; round < rounds; round++) {
                    edit().multiPart(field, field + "-" + round).patch(EDIT).then().statusCode(200);
                }
                return null;
            });
        }
        inParallel(writers);
        profile().body("headline", equalTo("headline-" + (rounds - 1)))
                .body("summary", equalTo("summary-" + (rounds - 1)))
                .body("location", equalTo("LinkedIn location location[id]-" + (rounds - 1)));
    }
}
