package org.contractfirst.spec.circuit;

import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.contractfirst.spec.SpecFacts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The facts of Circuit's UsersApi (seed 001, the 2.9.235 document and FACTS.md section 1), held by specs/circuit.yaml. */
class CircuitSpecFactsTest {

    private static final SpecFacts SPEC = SpecFacts.of("circuit.yaml");
    private static final String FORM = "application/x-www-form-urlencoded";

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource(delimiter = ';', value = {
            "getLabel;get;/users/labels;200 401 500 503;READ_USER_PROFILE ORGANIZE_CONVERSATIONS",
            "getPresence;get;/users/presence;200 400 401 404 500 503;READ_USER",
            "setUserPresence;put;/users/presence;200 400 401 500 503;WRITE_USER_PROFILE MANAGE_PRESENCE",
            "getProfile;get;/users/profile;200 401 500 503;READ_USER_PROFILE",
            "getSupportInfo;get;/users/supportinfo;200 401 500 503;READ_USER_PROFILE",
            "getUserByEmailAddress;get;/users/{emailAddress}/getUserByEmail;200 401 404 500 503;READ_USER_PROFILE",
            "getUserById;get;/users/{id};200 400 401 404 500 503;READ_USER",
            "getUserPresence;get;/users/{id}/presence;200 400 401 404 500 503;READ_USER",
            "searchUser;get;/users;200 400 401 404 500 503;READ_USER",
            "searchUsersList;get;/users/list;200 400 401 404 500 503;READ_USER"})
    void theTenOperations(String operationId, String method, String path, String statuses, String scopes) {
        assertEquals(operationId, SPEC.operation(method, path).getOperationId());
        assertTrue(SPEC.statuses(method, path).containsAll(Arrays.asList(statuses.split(" "))), path);
        assertEquals(Set.of("application/json", "application/xml"), SPEC.mediaTypes(method, path, "200"));
        Set<String> accepted = SPEC.operation(method, path).getSecurity().stream()
                .map(SecurityRequirement::values).flatMap(values -> values.stream().flatMap(List::stream))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> expected = new TreeSet<>(Arrays.asList(scopes.split(" ")));
        expected.add("ALL");
        assertEquals(expected, accepted);
        SPEC.operation(method, path).getSecurity().forEach(requirement ->
                assertEquals(1, requirement.get("oauth").size(), "each requirement is one scope: any one suffices"));
    }

    @Test
    void onlyTheTenOperations() {
        long operations = SPEC.api().getPaths().values().stream().mapToLong(item -> item.readOperations().size()).sum();
        assertEquals(10, operations);
        assertEquals("https://circuitsandbox.net/rest/v2", SPEC.api().getServers().get(0).getUrl());
        assertTrue(SPEC.api().getServers().get(1).getUrl().endsWith("/rest/v2"));
    }

    @Test
    void getPresenceTakesRepeatedUserIds() {
        Parameter userIds = SPEC.parameter("get", "/users/presence", "userIds");
        assertEquals("query", userIds.getIn());
        assertTrue(userIds.getRequired());
        assertTrue(userIds.getExplode());
        assertEquals("array", userIds.getSchema().getType());
        assertEquals(6500, userIds.getSchema().getItems().getMaxLength());
    }

    @Test
    void setUserPresenceIsAForm() {
        Schema<?> form = SPEC.requestSchema("put", "/users/presence", FORM);
        assertEquals(Set.of("state"), SPEC.required(form));
        assertEquals(List.of("AVAILABLE", "OFFLINE", "AWAY", "BUSY", "DND"), SPEC.enumValues(SPEC.property(form, "state")));
        assertEquals("date-time", SPEC.property(form, "dndUntil").getFormat());
        assertTrue(SPEC.property(form, "dndUntil").getDescription().contains("mandatory when the state is set to DND"));
        assertEquals("boolean", SPEC.property(form, "clearDND").getType());
        assertEquals(false, SPEC.property(form, "clearDND").getDefault());
        assertEquals(2048, SPEC.property(form, "statusMessage").getMaxLength());
        assertEquals(Set.of(FORM), SPEC.operation("put", "/users/presence").getRequestBody().getContent().keySet());
    }

    @Test
    void lookupParameters() {
        Parameter email = SPEC.parameter("get", "/users/{emailAddress}/getUserByEmail", "emailAddress");
        assertEquals("path", email.getIn());
        Parameter secondary = SPEC.parameter("get", "/users/{emailAddress}/getUserByEmail", "secondaryLookup");
        assertEquals("boolean", secondary.getSchema().getType());
        assertFalse(secondary.getRequired());
        Parameter name = SPEC.parameter("get", "/users", "name");
        assertTrue(name.getRequired());
        assertEquals("string", name.getSchema().getType());
        assertEquals("path", SPEC.parameter("get", "/users/{id}", "id").getIn());
        assertEquals("path", SPEC.parameter("get", "/users/{id}/presence", "id").getIn());
    }

    @Test
    void searchUsersListTakesRepeatedNames() {
        Parameter names = SPEC.parameter("get", "/users/list", "name");
        assertTrue(names.getRequired());
        assertTrue(names.getExplode());
        assertEquals("array", names.getSchema().getType());
        for (String flag : List.of("returnFullUserInfo", "secondaryLookup")) {
            Parameter parameter = SPEC.parameter("get", "/users/list", flag);
            assertEquals("boolean", parameter.getSchema().getType());
            assertEquals(false, parameter.getSchema().getDefault());
        }
    }

    @Test
    void oauth2WithItsScopes() {
        SecurityScheme oauth = SPEC.api().getComponents().getSecuritySchemes().get("oauth");
        assertEquals(SecurityScheme.Type.OAUTH2, oauth.getType());
        OAuthFlow implicit = oauth.getFlows().getImplicit();
        assertEquals("https://circuitsandbox.net/oauth/authorize", implicit.getAuthorizationUrl());
        assertEquals("https://circuitsandbox.net/oauth/token", oauth.getFlows().getAuthorizationCode().getTokenUrl());
        assertEquals("https://circuitsandbox.net/oauth/token", oauth.getFlows().getClientCredentials().getTokenUrl());
        assertEquals("https://circuitsandbox.net/oauth/token", oauth.getFlows().getPassword().getTokenUrl());
        assertTrue(implicit.getScopes().keySet().containsAll(List.of("ALL", "READ_USER", "READ_USER_PROFILE",
                "WRITE_USER_PROFILE", "MANAGE_PRESENCE", "ORGANIZE_CONVERSATIONS", "CREATE_SPACE_CONTENT")));
        assertEquals(26, implicit.getScopes().size());
    }

    @Test
    void userModel() {
        Schema<?> user = SPEC.schema("User");
        assertEquals(Set.of("avatar", "avatarLarge", "company", "department", "displayName", "emailAddress",
                "emailAddresses", "firstName", "jobTitle", "lastName", "locale", "phoneNumber", "phoneNumbers",
                "primaryTenantId", "secondaryEmailAddress", "secondaryTenantId", "userId", "userState", "userType"),
                user.getProperties().keySet());
        assertEquals(List.of("REGULAR", "GUEST", "SUPPORT", "TELEPHONY", "SESSION_GUEST", "MEETING_POINT", "TECHNICAL",
                "BOT", "XMPP"), SPEC.enumValues(SPEC.property(user, "userType")));
        assertEquals(List.of("INACTIVE", "ACTIVE", "SUSPENDED", "DELETED", "PURGED"),
                SPEC.enumValues(SPEC.property(user, "userState")));
        assertEquals(List.of("WORK", "HOME", "OTHER"),
                SPEC.enumValues(SPEC.property(SPEC.property(user, "emailAddresses").getItems(), "type")));
        assertEquals(List.of("WORK", "MOBILE", "HOME", "FAX", "OTHER", "UCAAS"),
                SPEC.enumValues(SPEC.property(SPEC.property(user, "phoneNumbers").getItems(), "type")));
        assertEquals("user", user.getXml().getName());
    }

    @Test
    void presenceModel() {
        Schema<?> presence = SPEC.schema("Presence");
        assertEquals(Set.of("dndUntil", "isOptedOut", "latitude", "locationText", "longitude", "mobile", "poor", "state",
                "statusMessage", "timeZoneOffset", "userId"), presence.getProperties().keySet());
        assertEquals("int64", SPEC.property(presence, "dndUntil").getFormat());
        assertEquals("float", SPEC.property(presence, "latitude").getFormat());
        assertEquals("int32", SPEC.property(presence, "timeZoneOffset").getFormat());
        assertEquals(List.of("AVAILABLE", "OFFLINE", "AWAY", "BUSY", "DND"),
                SPEC.enumValues(SPEC.property(presence, "state")));
    }

    @Test
    void labelAndSupportInfo() {
        assertEquals(Set.of("labelId", "value"), SPEC.schema("Label").getProperties().keySet());
        Schema<?> support = SPEC.schema("SupportInfo");
        assertEquals(Set.of("supportEmailAddress", "supportType"), support.getProperties().keySet());
        assertEquals(List.of("CONVERSATION", "NO_SUPPORT", "EMAIL", "PARTNER_ADMIN_EMAIL"),
                SPEC.enumValues(SPEC.property(support, "supportType")));
    }

    @Test
    void contactAndLicenseAsPublished() {
        var info = SPEC.api().getInfo();
        assertEquals("Circuit Developer Community", info.getContact().getName());
        assertEquals("https://www.circuit.com/web/developers/home", info.getContact().getUrl());
        assertEquals("Proprietary: Circuit's terms of service", info.getLicense().getName());
        assertEquals("https://www.circuit.com", info.getLicense().getUrl());
    }
}
