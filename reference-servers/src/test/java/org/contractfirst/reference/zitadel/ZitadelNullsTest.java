package org.contractfirst.reference.zitadel;

import io.restassured.http.ContentType;
import org.contractfirst.reference.ReferenceServerTest;
import org.contractfirst.reference.SpecProperties;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * JSON null as ZITADEL's gateway reads it, and as the spec says: for a nullable field (nick name, language, gender)
 * it leaves the field unset, so the profile read back omits it; for the others it is InvalidArgument (400) and
 * changes nothing. The fields and their nullability are read from the spec.
 */
class ZitadelNullsTest extends ReferenceServerTest {

    private static final Map<String, Object> FULL = Map.of("firstName", "Minnie", "lastName", "Mouse",
            "displayName", "Minnie Mouse", "nickName", "Mini", "preferredLanguage", "de", "gender", "GENDER_DIVERSE");

    @Override
    protected String api() {
        return "zitadel";
    }

    private String profile() {
        return withBearer(ZitadelReference.DEMO_TOKEN).get("/users/me/profile").then().statusCode(200).extract().asString();
    }

    @Test
    void nullIsAllowedExactlyWhereTheSpecSaysAndReadBackAsUnset() {
        Map<String, Boolean> fields = SpecProperties.nullable("zitadel", "UpdateMyProfileRequest");
        assertEquals(Map.of("firstName", false, "lastName", false, "nickName", true, "displayName", false,
                "preferredLanguage", true, "gender", true), fields);
        fields.forEach((field, nullable) -> {
            withBearer(ZitadelReference.DEMO_TOKEN).contentType(ContentType.JSON).body(FULL).put("/users/me/profile");
            String before = profile();
            Map<String, Object> body = new HashMap<>(FULL);
            body.put(field, null);
            if (nullable) {
                withBearer(ZitadelReference.DEMO_TOKEN).contentType(ContentType.JSON).body(body).put("/users/me/profile")
                        .then().statusCode(200);
                withBearer(ZitadelReference.DEMO_TOKEN).get("/users/me/profile").then()
                        .body("profile", not(hasKey(field))).body("profile.firstName", equalTo("Minnie"));
            } else {
                withBearer(ZitadelReference.DEMO_TOKEN).contentType(ContentType.JSON).body(body).put("/users/me/profile")
                        .then().statusCode(400).body("code", equalTo(3))
                        .body("message", equalTo(field + ": null is not allowed"));
                assertEquals(before, profile(), field);
            }
        });
    }
}
