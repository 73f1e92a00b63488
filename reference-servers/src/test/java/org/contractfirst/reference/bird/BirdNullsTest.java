package org.contractfirst.reference.bird;

import io.restassured.http.ContentType;
import org.contractfirst.reference.ReferenceServerTest;
import org.contractfirst.reference.SpecProperties;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Bird's PATCH fields are strings, not nullable: a JSON null for any of them is refused with 422 and changes
 * nothing (no field cleared, no {@code updatedAt} moved). The fields are read from the spec.
 */
class BirdNullsTest extends ReferenceServerTest {

    @Override
    protected String api() {
        return "bird";
    }

    @Test
    void nullForEveryFieldOfThePatchIs422AndChangesNothing() {
        Map<String, Boolean> fields = SpecProperties.nullable("bird", "UpdateProfileRequest");
        assertFalse(fields.containsValue(true), "the spec makes a field nullable: " + fields);
        withBearer(BirdReference.DEMO_TOKEN).contentType(ContentType.JSON).body(Map.of("bio", "Countess"))
                .patch("/me").then().statusCode(200);
        String before = withBearer(BirdReference.DEMO_TOKEN).get("/me").then().extract().asString();
        for (String field : fields.keySet()) {
            String answer = withBearer(BirdReference.DEMO_TOKEN).contentType(ContentType.JSON)
                    .body("{\"" + field + "\": null}").patch("/me").then().statusCode(422)
                    .extract().path("details." + field);
            assertEquals("null is not allowed", answer, field);
            assertEquals(before, withBearer(BirdReference.DEMO_TOKEN).get("/me").then().extract().asString(), field);
        }
    }
}
