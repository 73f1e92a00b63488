package org.contractfirst.spec.zitadel;

import io.swagger.v3.oas.models.media.Schema;
import org.contractfirst.spec.SpecFacts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The facts of ZITADEL's "Update My Profile" (seed 003) and FACTS.md section 2, held by specs/zitadel.yaml. */
class ZitadelSpecFactsTest {

    private static final SpecFacts SPEC = SpecFacts.of("zitadel.yaml");
    private static final String PROFILE = "/users/me/profile";
    private static final String JSON = "application/json";

    private static Schema<?> request() {
        return SPEC.requestSchema("put", PROFILE, JSON);
    }

    @Test
    void profileOperationsUnderAuthV1() {
        assertEquals("updateMyProfile", SPEC.operation("put", PROFILE).getOperationId());
        assertEquals("getMyProfile", SPEC.operation("get", PROFILE).getOperationId());
        assertEquals(List.of("User Profile"), SPEC.operation("put", PROFILE).getTags());
        assertTrue(SPEC.operation("put", PROFILE).getRequestBody().getRequired());
        SPEC.api().getServers().forEach(server -> assertTrue(server.getUrl().endsWith("/auth/v1"), server.getUrl()));
        assertTrue(SPEC.api().getInfo().getDescription().contains("application/grpc-web+proto"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"firstName", "lastName", "displayName"})
    void requiredNamesAreOneTo200(String field) {
        assertTrue(SPEC.required(request()).contains(field));
        assertEquals(1, SPEC.property(request(), field).getMinLength());
        assertEquals(200, SPEC.property(request(), field).getMaxLength());
    }

    @Test
    void optionalFields() {
        assertEquals(Set.of("firstName", "lastName", "nickName", "displayName", "preferredLanguage", "gender"),
                request().getProperties().keySet());
        assertEquals(200, SPEC.property(request(), "nickName").getMaxLength());
        assertEquals(10, SPEC.property(request(), "preferredLanguage").getMaxLength());
        assertTrue(!SPEC.required(request()).contains("nickName"));
    }

    @Test
    void nullLeavesTheFieldsThatMayBeUnsetUnset() {
        for (String field : List.of("nickName", "preferredLanguage", "gender")) {
            assertTrue(Boolean.TRUE.equals(SPEC.property(request(), field).getNullable()), field);
        }
        for (String field : List.of("firstName", "lastName", "displayName")) {
            assertTrue(!Boolean.TRUE.equals(SPEC.property(request(), field).getNullable()), field);
        }
    }

    @Test
    void genderDefaultsToUnspecified() {
        Schema<?> property = SPEC.property(request(), "gender");
        assertTrue(Boolean.TRUE.equals(property.getNullable()), "null leaves the gender unset, as protojson reads it");
        Schema<?> gender = SPEC.resolve(property.getAllOf().get(0));
        assertEquals(List.of("GENDER_UNSPECIFIED", "GENDER_FEMALE", "GENDER_MALE", "GENDER_DIVERSE"),
                SPEC.enumValues(gender));
        assertEquals("GENDER_UNSPECIFIED", gender.getDefault());
    }

    @Test
    void objectDetails() {
        Schema<?> details = SPEC.property(SPEC.responseSchema("put", PROFILE, "200", JSON), "details");
        assertEquals("string", SPEC.property(details, "sequence").getType());
        assertEquals("uint64", SPEC.property(details, "sequence").getFormat());
        assertEquals("date-time", SPEC.property(details, "creationDate").getFormat());
        assertEquals("date-time", SPEC.property(details, "changeDate").getFormat());
        assertEquals("string", SPEC.property(details, "resourceOwner").getType());
        Schema<?> read = SPEC.responseSchema("get", PROFILE, "200", JSON);
        assertEquals(details, SPEC.property(read, "details"));
        assertEquals(Set.of("firstName", "lastName", "nickName", "displayName", "preferredLanguage", "gender",
                "avatarUrl"), SPEC.property(read, "profile").getProperties().keySet());
    }

    @Test
    void errorsAreGoogleRpcStatus() {
        for (String status : List.of("400", "401", "default")) {
            Schema<?> error = SPEC.responseSchema("put", PROFILE, status, JSON);
            assertEquals("int32", SPEC.property(error, "code").getFormat());
            assertEquals("string", SPEC.property(error, "message").getType());
            Schema<?> detail = SPEC.property(error, "details").getItems();
            assertEquals("string", SPEC.property(detail, "@type").getType());
        }
        assertEquals("An unexpected error response.", SPEC.response("put", PROFILE, "default").getDescription());
        assertTrue(SPEC.response("put", PROFILE, "400").getDescription().contains("Errors.User.Profile.NotChanged"));
        assertNull(SPEC.api().getComponents().getSecuritySchemes().get("BasicAuth"), "clients send bearer tokens only");
        assertEquals(Set.of("OAuth2"), SPEC.operation("put", PROFILE).getSecurity().get(0).keySet());
    }

    @Test
    void contactAndLicenseAsPublished() {
        var info = SPEC.api().getInfo();
        assertEquals("ZITADEL", info.getContact().getName());
        assertEquals("https://zitadel.com", info.getContact().getUrl());
        assertEquals("hi@zitadel.com", info.getContact().getEmail());
        assertEquals("Apache 2.0", info.getLicense().getName());
        assertEquals("https://github.com/zitadel/zitadel/blob/main/LICENSING.md", info.getLicense().getUrl());
    }
}
