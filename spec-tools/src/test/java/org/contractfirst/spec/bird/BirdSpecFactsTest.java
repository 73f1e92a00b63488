package org.contractfirst.spec.bird;

import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.contractfirst.spec.SpecFacts;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The facts of Bird's "Current user" page (seed 002) and FACTS.md section 3, held by specs/bird.yaml. */
class BirdSpecFactsTest {

    private static final SpecFacts SPEC = SpecFacts.of("bird.yaml");
    private static final String JSON = "application/json";

    @Test
    void threeOperationsOnMe() {
        assertEquals("Get profile", SPEC.operation("get", "/me").getSummary());
        assertEquals("Update profile", SPEC.operation("patch", "/me").getSummary());
        assertEquals("Delete profile", SPEC.operation("delete", "/me").getSummary());
        assertTrue(SPEC.statuses("get", "/me").containsAll(Set.of("200", "401")));
        assertTrue(SPEC.statuses("patch", "/me").containsAll(Set.of("200", "422")));
        assertTrue(SPEC.statuses("delete", "/me").contains("202"));
        assertNull(SPEC.response("delete", "/me", "202").getContent(), "202 has no content");
        assertEquals("unauthorized request", SPEC.response("get", "/me", "401").getDescription());
        assertEquals("Request validation failed", SPEC.response("patch", "/me", "422").getDescription());
        assertEquals("object", SPEC.responseSchema("patch", "/me", "422", JSON).getType());
        assertEquals("object", SPEC.responseSchema("get", "/me", "401", JSON).getType());
    }

    @Test
    void bearerToken() {
        SecurityScheme bearer = SPEC.api().getComponents().getSecuritySchemes().get("bearerAuth");
        assertEquals(SecurityScheme.Type.HTTP, bearer.getType());
        assertEquals("bearer", bearer.getScheme());
        for (String method : List.of("get", "patch", "delete")) {
            assertEquals(Set.of("bearerAuth"), SPEC.operation(method, "/me").getSecurity().get(0).keySet());
        }
    }

    @Test
    void userFields() {
        Schema<?> user = SPEC.responseSchema("get", "/me", "200", JSON);
        assertEquals(user, SPEC.responseSchema("patch", "/me", "200", JSON));
        assertTrue(SPEC.required(user).containsAll(List.of("activeSessions", "createdAt", "id", "name", "status",
                "updatedAt", "emails", "phoneNumbers")));
        assertEquals("integer", SPEC.property(user, "activeSessions").getType());
        assertEquals("date-time", SPEC.property(user, "createdAt").getFormat());
        assertEquals("date-time", SPEC.property(user, "updatedAt").getFormat());
        assertEquals("uuid", SPEC.property(user, "id").getFormat());
        assertEquals("locale-bcp47", SPEC.property(user, "locale").getFormat());
        assertEquals("timezone", SPEC.property(user, "timezone").getFormat());
        for (String optional : List.of("avatarUrl", "bio", "defaultEmail", "locale", "phoneNumber", "timezone")) {
            assertTrue(user.getProperties().containsKey(optional));
            assertTrue(!SPEC.required(user).contains(optional), optional + " is optional");
        }
    }

    @Test
    void statusDefaultsToPending() {
        Schema<?> status = SPEC.property(SPEC.schema("User"), "status");
        assertEquals(List.of("pending", "active", "deleted", "invited", "banned"), SPEC.enumValues(status));
        assertEquals("pending", status.getDefault());
    }

    @Test
    void phoneNumberIsOneOfTwoStringForms() {
        List<Schema<?>> forms = SPEC.variants(SPEC.property(SPEC.schema("User"), "phoneNumber"));
        assertEquals(2, forms.size());
        assertEquals("string", forms.get(0).getType());
        assertEquals("phone-number", forms.get(0).getFormat());
        assertEquals("string", forms.get(1).getType());
        assertTrue(forms.get(1).getEnum() != null);
    }

    @Test
    void patchFieldsAreAllOptional() {
        Schema<?> body = SPEC.requestSchema("patch", "/me", JSON);
        assertEquals(Set.of("name", "bio", "avatarUrl", "locale", "timezone"), body.getProperties().keySet());
        assertEquals(Set.of(), SPEC.required(body));
        assertEquals("locale-bcp47", SPEC.property(body, "locale").getFormat());
        assertEquals("timezone", SPEC.property(body, "timezone").getFormat());
    }

    @Test
    void contactAndLicenseAsPublished() {
        var info = SPEC.api().getInfo();
        assertEquals("Bird", info.getContact().getName());
        assertEquals("https://docs.bird.com", info.getContact().getUrl());
        assertEquals("Proprietary: Bird's terms of service", info.getLicense().getName());
        assertEquals("https://bird.com", info.getLicense().getUrl());
    }
}
