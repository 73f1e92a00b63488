package org.contractfirst.spec.unipile;

import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.contractfirst.spec.SpecFacts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The facts of Unipile's "Edit own profile" document (seed 000) and of FACTS.md section 4, held by specs/unipile.yaml. */
class UnipileSpecFactsTest {

    private static final SpecFacts SPEC = SpecFacts.of("unipile.yaml");
    private static final String EDIT = "/api/v1/users/me/edit";
    private static final String ME = "/api/v1/users/me";
    private static final String MULTIPART = "multipart/form-data";
    private static final List<Object> FILTERS =
            List.of("ORIGINAL", "STUDIO", "SPOTLIGHT", "PRIME", "CLASSIC", "EDGE", "LUMINATE");

    private static Schema<?> body() {
        return SPEC.requestSchema("patch", EDIT, MULTIPART);
    }

    private static Schema<?> field(String path) {
        return SPEC.property(body(), path);
    }

    @Test
    void editIsARequiredMultipartPatch() {
        assertEquals("editAccountOwnerProfile", SPEC.operation("patch", EDIT).getOperationId());
        assertEquals("Edit own profile", SPEC.operation("patch", EDIT).getSummary());
        assertTrue(SPEC.operation("patch", EDIT).getRequestBody().getRequired());
        assertEquals(Set.of("type", "account_id"), SPEC.required(body()));
        assertEquals(List.of("LINKEDIN"), SPEC.enumValues(field("type")));
        assertEquals(1, field("account_id").getMinLength());
    }

    @Test
    void keepsTheBracketNotationOfNestedFields() {
        String description = SPEC.operation("patch", EDIT).getDescription();
        for (String example : List.of("location[id]=105015875", "picture_settings[filter]=STUDIO",
                "picture_settings[layout][bottomLeft][x]=1.25", "experience[skills]=development",
                "experience[skills]=management")) {
            assertTrue(description.contains(example), example);
        }
    }

    /** The encoding object declares it: each nested object goes in bracket notation, and the pictures are images. */
    @Test
    void declaresTheBracketNotationAndThePictureTypesInTheEncoding() {
        var encoding = SPEC.operation("patch", EDIT).getRequestBody().getContent().get(MULTIPART).getEncoding();
        for (String nested : List.of("location", "picture_settings", "cover_picture_settings", "experience", "education")) {
            assertEquals(io.swagger.v3.oas.models.media.Encoding.StyleEnum.DEEP_OBJECT, encoding.get(nested).getStyle(), nested);
            assertTrue(encoding.get(nested).getExplode(), nested);
        }
        for (String picture : List.of("picture", "cover_picture")) {
            assertEquals("image/jpeg, image/png", encoding.get(picture).getContentType(), picture);
        }
    }

    @Test
    void location() {
        assertEquals(Set.of("id"), SPEC.required(field("location")));
        assertEquals("string", field("location.id").getType());
        assertEquals(5, field("location.postal_code").getMinLength());
        assertEquals(5, field("location.postal_code").getMaxLength());
    }

    @ParameterizedTest
    @ValueSource(strings = {"headline", "summary"})
    void textFields(String name) {
        assertEquals("string", field(name).getType());
    }

    @ParameterizedTest
    @ValueSource(strings = {"picture", "cover_picture"})
    void picturesAreBinaryParts(String name) {
        assertEquals("string", field(name).getType());
        assertEquals("binary", field(name).getFormat());
    }

    @ParameterizedTest
    @ValueSource(strings = {"picture_settings", "cover_picture_settings"})
    void pictureSettings(String name) {
        assertEquals(FILTERS, SPEC.enumValues(field(name + ".filter")));
        for (String corner : List.of("bottomLeft", "bottomRight", "topLeft", "topRight")) {
            Schema<?> point = field(name + ".layout." + corner);
            assertEquals(Set.of("x", "y"), SPEC.required(point));
            assertEquals("number", SPEC.property(point, "x").getType());
            assertEquals("number", SPEC.property(point, "y").getType());
        }
        for (String adjustment : List.of("contrast", "vignette", "saturation", "brightness")) {
            assertEquals("number", field(name + "." + adjustment).getType());
        }
    }

    @Test
    void experienceIsAddOrEdit() {
        List<Schema<?>> variants = SPEC.variants(field("experience"));
        assertEquals(2, variants.size());
        Schema<?> add = variants.get(0);
        Schema<?> edit = variants.get(1);
        assertEquals("Add a new experience", add.getTitle());
        assertEquals(Set.of("role", "company"), SPEC.required(add));
        assertEquals(Set.of("id"), SPEC.required(edit));
        for (Schema<?> variant : variants) {
            assertEquals(List.of("ON_SITE", "HYBRID", "REMOTE"), SPEC.enumValues(SPEC.property(variant, "presence")));
            assertEquals(List.of("INDEED", "LINKEDIN", "COMPANY_WEBSITE", "OTHER_JOB_SITES", "REFERRAL",
                            "CONTACTED_BY_RECRUITER", "STAFFING_AGENCY", "OTHER"),
                    SPEC.enumValues(SPEC.property(variant, "source_of_hire")));
            assertEquals("boolean", SPEC.property(variant, "notify_network").getType());
            assertEquals("string", SPEC.property(variant, "skills").getItems().getType());
            Schema<?> seniority = SPEC.property(variant, "seniority");
            assertEquals(Set.of("start_date"), SPEC.required(seniority));
            assertEquals(Set.of("month", "year"), SPEC.required(SPEC.property(seniority, "start_date")));
            assertEquals(Set.of("month", "year"), SPEC.required(SPEC.property(seniority, "end_date")));
            assertAttachment(SPEC.property(variant, "attachment"));
        }
    }

    @Test
    void educationIsAddOrEdit() {
        List<Schema<?>> variants = SPEC.variants(field("education"));
        assertEquals(2, variants.size());
        Schema<?> add = variants.get(0);
        assertEquals(Set.of("school"), SPEC.required(add));
        for (String text : List.of("school", "degree", "grade", "field_of_study", "activities", "description")) {
            assertEquals("string", SPEC.property(add, text).getType());
        }
        assertEquals(Set.of("month", "year"), SPEC.required(SPEC.property(add, "start_date")));
        assertEquals(Set.of("month", "year"), SPEC.required(SPEC.property(add, "end_date")));
        assertAttachment(SPEC.property(add, "attachment"));
        assertEquals(Set.of("id"), SPEC.required(variants.get(1)));
        assertEquals("Edit an existing education.", variants.get(1).getTitle());
    }

    private static void assertAttachment(Schema<?> attachment) {
        List<Schema<?>> kinds = SPEC.variants(attachment);
        Schema<?> link = kinds.get(0);
        Schema<?> media = kinds.get(1);
        assertEquals(List.of("link"), SPEC.enumValues(SPEC.property(link, "type")));
        assertEquals(Set.of("type", "title", "url"), SPEC.required(link));
        assertEquals("binary", SPEC.property(link, "thumbnail").getFormat());
        assertEquals(List.of("media"), SPEC.enumValues(SPEC.property(media, "type")));
        assertEquals(Set.of("type", "title"), SPEC.required(media));
        assertEquals("binary", SPEC.property(media, "file").getFormat());
    }

    @Test
    void skills() {
        assertEquals("array", field("skills").getType());
        assertEquals("string", field("skills").getItems().getType());
        assertEquals("boolean", field("skills_follow").getType());
    }

    @Test
    void successIsProfileEdited() {
        Schema<?> ok = SPEC.responseSchema("patch", EDIT, "200", "application/json");
        assertEquals(List.of("ProfileEdited"), SPEC.enumValues(SPEC.property(ok, "object")));
        assertEquals(Set.of("object"), SPEC.required(ok));
    }

    @ParameterizedTest(name = "{0} has {1} types")
    @CsvSource({"401,13,errors/missing_credentials,errors/captcha_not_supported",
            "403,9,errors/account_restricted,errors/resource_access_restricted",
            "404,2,errors/resource_not_found,errors/invalid_resource_identifier",
            "422,31,errors/invalid_account,errors/realtime_client_not_initialized",
            "429,1,errors/too_many_requests,errors/too_many_requests",
            "500,3,errors/unexpected_error,errors/authentication_intent_error",
            "501,1,errors/feature_not_implemented,errors/feature_not_implemented",
            "503,5,errors/no_client_session,errors/service_unavailable",
            "504,1,errors/request_timeout,errors/request_timeout"})
    void theNineErrorResponsesOfTheSeed(String status, int types, String first, String last) {
        for (String path : List.of(EDIT, ME)) {
            String method = path.equals(EDIT) ? "patch" : "get";
            Schema<?> problem = SPEC.responseSchema(method, path, status, "application/json");
            List<Object> typeEnum = SPEC.enumValues(SPEC.property(problem, "type"));
            assertEquals(types, typeEnum.size());
            assertEquals(first, typeEnum.get(0));
            assertEquals(last, typeEnum.get(typeEnum.size() - 1));
            assertEquals(Set.of("title", "type", "status"), SPEC.required(problem));
            assertEquals(List.of(Integer.valueOf(status)), SPEC.enumValues(SPEC.property(problem, "status")));
            for (String text : List.of("title", "detail", "instance")) {
                assertEquals("string", SPEC.property(problem, text).getType());
            }
        }
    }

    @Test
    void unauthorizedCarriesConnectionParams() {
        Schema<?> params = SPEC.property(SPEC.responseSchema("patch", EDIT, "401", "application/json"), "connectionParams");
        assertEquals(Set.of("imap_host", "imap_port", "imap_user", "smtp_host", "smtp_port", "smtp_user"), SPEC.required(params));
        assertEquals("string", SPEC.property(params, "imap_encryption").getType());
    }

    @Test
    void apiKeyInTheXApiKeyHeader() {
        SecurityScheme scheme = SPEC.api().getComponents().getSecuritySchemes().get("Access-Token");
        assertEquals(SecurityScheme.Type.APIKEY, scheme.getType());
        assertEquals(SecurityScheme.In.HEADER, scheme.getIn());
        assertEquals("X-API-KEY", scheme.getName());
        for (String path : List.of(EDIT, ME)) {
            String method = path.equals(EDIT) ? "patch" : "get";
            assertEquals(Set.of("Access-Token"), SPEC.operation(method, path).getSecurity().get(0).keySet());
        }
    }

    @Test
    void liveAndLocalServers() {
        Server live = SPEC.api().getServers().get(0);
        assertEquals("https://{subdomain}.unipile.com:{port}", live.getUrl());
        assertEquals("api1", live.getVariables().get("subdomain").getDefault());
        assertEquals("13111", live.getVariables().get("port").getDefault());
        assertEquals("http://127.0.0.1:{port}", SPEC.api().getServers().get(1).getUrl());
    }

    @Test
    void ownProfileIsReadByAccountId() {
        Parameter accountId = SPEC.parameter("get", ME, "account_id");
        assertEquals("query", accountId.getIn());
        assertTrue(accountId.getRequired());
        Schema<?> profile = SPEC.responseSchema("get", ME, "200", "application/json");
        assertEquals(List.of("AccountOwnerProfile"), SPEC.enumValues(SPEC.property(profile, "object")));
        assertEquals(List.of("LINKEDIN"), SPEC.enumValues(SPEC.property(profile, "provider")));
        assertTrue(SPEC.required(profile).containsAll(List.of("provider", "provider_id", "entity_urn", "object_urn",
                "first_name", "last_name", "profile_picture_url", "email", "premium", "open_profile", "recruiter",
                "sales_navigator", "organizations")));
        assertTrue(SPEC.property(profile, "profile_picture_url").getNullable());
        assertEquals(List.of("MULTIPLE_SESSIONS", "DISCONNECTED"),
                SPEC.enumValues(SPEC.property(SPEC.variants(SPEC.property(profile, "recruiter")).get(1), "error")));
        assertEquals(Set.of("id", "mailbox_id", "name"), SPEC.required(SPEC.property(profile, "organizations").getItems()));
    }

    @Test
    void contactAndLicenseAsPublished() {
        var info = SPEC.api().getInfo();
        assertEquals("Unipile", info.getContact().getName());
        assertEquals("https://developer.unipile.com", info.getContact().getUrl());
        assertEquals("Proprietary: Unipile's terms of service", info.getLicense().getName());
        assertEquals("https://www.unipile.com", info.getLicense().getUrl());
    }
}
