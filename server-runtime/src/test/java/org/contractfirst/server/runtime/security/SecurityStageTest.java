package org.contractfirst.server.runtime.security;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;
import org.contractfirst.server.runtime.ItemsApi;
import org.contractfirst.server.runtime.StageHarness;
import org.contractfirst.server.runtime.pipeline.ErrorKind;
import org.contractfirst.server.runtime.pipeline.ErrorShape;
import org.contractfirst.server.runtime.errors.ErrorStage;
import org.contractfirst.server.runtime.spec.ServedSpec;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The security stage on its own: in front of a resource that answers whoever reaches it. */
class SecurityStageTest {

    private final ServedSpec spec = ServedSpec.of("specs/items.yaml");
    private final ItemsApi.Items items = new ItemsApi.Items();
    private final StageHarness harness = StageHarness.of(spec, List.of(new ItemsApi.ItemsResource(null)),
            new SecurityStage(spec, items.authenticator(), items.errors(), "items"), new ErrorStage(items.errors()));

    @Test
    void noCredentialIsRefusedAsMissing() {
        StageHarness.Answer answer = harness.request("GET", "/items/a").send();
        assertEquals(401, answer.status());
        assertTrue(answer.body().contains("MISSING_CREDENTIALS"), answer.body());
    }

    @Test
    void aCredentialWithoutTheOperationsScopeIsRefusedAsUnauthenticated() {
        StageHarness.Answer answer = harness.request("GET", "/items/a").header("Authorization", "Bearer writer").send();
        assertEquals(401, answer.status());
        assertTrue(answer.body().contains("UNAUTHENTICATED"), answer.body());
    }

    @Test
    void aCredentialWithTheScopeReachesTheOperation() {
        StageHarness.Answer answer = harness.request("GET", "/items/a").header("Authorization", "Bearer reader").send();
        assertEquals(200, answer.status(), answer.body());
    }

    @Test
    void withoutTheStageTheSameRequestReachesTheOperation() {
        StageHarness open = StageHarness.of(spec, List.of(new ItemsApi.ItemsResource(null)), new ErrorStage(items.errors()));
        assertEquals(200, open.request("GET", "/items/a").send().status());
    }

    /**
     * The operations of {@code items.yaml} (and of {@code guarded.yaml}, under {@code /notes}) secured as generated
     * code secures them, each answering with the caller the stage let through.
     */
    @Path("/")
    @Produces("application/json")
    public static final class Callers {

        @GET
        @Path("items/{id}")
        @Secured(operationId = "getItem", value = @Secured.Scheme(name = "oauth", type = Secured.Type.BEARER))
        public Map<String, Object> getItem(@PathParam("id") String id, @Context SecurityContext security) {
            return caller(security);
        }

        @POST
        @Path("items")
        @Secured(operationId = "createItem", value = {@Secured.Scheme(name = "oauth", type = Secured.Type.BEARER),
                @Secured.Scheme(name = "apiKey", type = Secured.Type.API_KEY_HEADER, header = "X-API-KEY")})
        public Map<String, Object> createItem(@Context SecurityContext security) {
            return caller(security);
        }

        @GET
        @Path("items")
        @Secured(operationId = "createItem", value = @Secured.Scheme(name = "apiKey", type = Secured.Type.API_KEY_HEADER,
                header = "X-API-KEY"))
        public Map<String, Object> createItemByKeyOnly(@Context SecurityContext security) {
            return caller(security);
        }

        @GET
        @Path("notes")
        @Secured(operationId = "readNotes", value = @Secured.Scheme(name = "apiKey", type = Secured.Type.API_KEY_QUERY,
                header = "key"))
        public Map<String, Object> readNotes(@Context SecurityContext security) {
            return caller(security);
        }

        @DELETE
        @Path("notes")
        @Secured(operationId = "clearNotes", value = @Secured.Scheme(name = "basic", type = Secured.Type.BASIC))
        public Map<String, Object> clearNotes(@Context SecurityContext security) {
            return caller(security);
        }

        @GET
        @Path("open")
        public Map<String, Object> open(@Context SecurityContext security) {
            return caller(security);
        }

        private static Map<String, Object> caller(SecurityContext security) {
            Caller caller = Caller.of(security);
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("subject", caller.subject());
            answer.put("name", caller.getName());
            answer.put("reads", security.isUserInRole("read"));
            answer.put("writes", security.isUserInRole("write"));
            answer.put("scheme", String.valueOf(security.getAuthenticationScheme()));
            return answer;
        }
    }

    private final StageHarness callers = StageHarness.of(spec, List.of(new Callers()),
            new SecurityStage(spec, items.authenticator(), items.errors(), "items"), new ErrorStage(items.errors()));

    private static void assertKind(String kind, StageHarness.Answer answer) {
        assertEquals(401, answer.status(), answer.body());
        assertTrue(answer.body().contains("\"" + kind + "\""), answer.body());
    }

    @Test
    void anApiKeyInItsHeaderMeetsTheAlternativeThatNamesIt() {
        StageHarness.Answer answer = callers.request("POST", "/items").header("X-API-KEY", " key ").send();

        assertEquals(200, answer.status(), answer.body());
        assertTrue(answer.body().contains("\"subject\":\"key\""), answer.body());
    }

    @Test
    void eitherAlternativeOfAnOperationLetsItsCallerThrough() {
        StageHarness.Answer writer = callers.request("POST", "/items").header("Authorization", "Bearer writer").send();
        StageHarness.Answer key = callers.request("POST", "/items").header("X-API-KEY", "key").send();
        StageHarness.Answer reader = callers.request("POST", "/items").header("Authorization", "Bearer reader").send();

        assertEquals(200, writer.status(), writer.body());
        assertTrue(writer.body().contains("\"subject\":\"writer\""), writer.body());
        assertEquals(200, key.status(), key.body());
        assertKind("UNAUTHENTICATED", reader);
    }

    @Test
    void aCredentialThatFailsOneAlternativeLeavesTheOtherToBeMet() {
        // The reader's token lacks oauth's write scope; the API key sent beside it meets the other alternative.
        StageHarness.Answer answer = callers.request("POST", "/items").header("Authorization", "Bearer reader")
                .header("X-API-KEY", "key").send();

        assertEquals(200, answer.status(), answer.body());
        assertTrue(answer.body().contains("\"subject\":\"key\""), answer.body());
    }

    @Test
    void anApiKeyIsNoCredentialForAnOperationThatDoesNotNameItsScheme() {
        StageHarness.Answer answer = callers.request("GET", "/items/a").header("X-API-KEY", "key").send();

        assertKind("MISSING_CREDENTIALS", answer);
    }

    @Test
    void aBearerChallengeNamesTheRealmAndAnInvalidTokenOnceOneWasSent() {
        StageHarness.Answer missing = callers.request("GET", "/items/a").send();
        StageHarness.Answer unknown = callers.request("GET", "/items/a").header("Authorization", "Bearer nobody").send();

        assertKind("MISSING_CREDENTIALS", missing);
        assertEquals("Bearer realm=\"items\"", missing.header("WWW-Authenticate"));
        assertTrue(missing.body().contains("Authorization: Bearer"), missing.body());
        assertKind("UNAUTHENTICATED", unknown);
        assertEquals("Bearer realm=\"items\", error=\"invalid_token\"", unknown.header("WWW-Authenticate"));
    }

    @Test
    void anApiKeyHasNoChallengeButItsRefusalNamesTheHeaderToSend() {
        StageHarness.Answer missing = callers.request("GET", "/items").send();
        StageHarness.Answer unknown = callers.request("GET", "/items").header("X-API-KEY", "nobody").send();

        assertKind("MISSING_CREDENTIALS", missing);
        assertNull(missing.header("WWW-Authenticate"));
        assertTrue(missing.body().contains("X-API-KEY"), missing.body());
        assertKind("UNAUTHENTICATED", unknown);
        assertNull(unknown.header("WWW-Authenticate"));
    }

    @Test
    void theBearerPrefixIsReadWhateverItsCaseAndAnotherSchemeIsNoBearerToken() {
        StageHarness.Answer lower = callers.request("GET", "/items/a").header("Authorization", "bearer reader").send();
        StageHarness.Answer basic = callers.request("GET", "/items/a").header("Authorization", "Basic reader").send();
        StageHarness.Answer empty = callers.request("GET", "/items/a").header("Authorization", "Bearer   ").send();

        assertEquals(200, lower.status(), lower.body());
        assertKind("MISSING_CREDENTIALS", basic);
        assertKind("MISSING_CREDENTIALS", empty);
    }

    @Test
    void theCallerIsTheOperationsPrincipalWithItsScopesAsRoles() {
        StageHarness.Answer answer = callers.request("GET", "/items/a").header("Authorization", "Bearer reader").send();

        assertEquals(200, answer.status(), answer.body());
        assertTrue(answer.body().contains("\"subject\":\"reader\""), answer.body());
        assertTrue(answer.body().contains("\"name\":\"reader\""), answer.body());
        assertTrue(answer.body().contains("\"reads\":true"), answer.body());
        assertTrue(answer.body().contains("\"writes\":false"), answer.body());
        assertTrue(answer.body().contains("\"scheme\":\"Bearer\""), answer.body());
    }

    @Test
    void anOperationWithoutSecurityIsCalledAnonymously() {
        StageHarness.Answer answer = callers.request("GET", "/open").header("Authorization", "Bearer nobody").send();

        assertEquals(200, answer.status(), answer.body());
        assertTrue(answer.body().contains("\"subject\":\"\""), answer.body());
        assertTrue(answer.body().contains("\"reads\":false"), answer.body());
    }

    @Test
    void callerOfNoPrincipalIsAnonymous() {
        assertEquals(Caller.ANONYMOUS, Caller.of(null));
        assertEquals("", Caller.ANONYMOUS.getName());
        Caller ada = new Caller("ada", "t", Set.of("read"));
        SecurityContext context = new SecurityContext() {
            public java.security.Principal getUserPrincipal() {
                return ada;
            }

            public boolean isUserInRole(String role) {
                return false;
            }

            public boolean isSecure() {
                return false;
            }

            public String getAuthenticationScheme() {
                return null;
            }
        };
        assertEquals(ada, Caller.of(context));
    }

    private final ServedSpec guarded = ServedSpec.of("specs/guarded.yaml");
    private final StageHarness notes = StageHarness.of(guarded, List.of(new Callers()),
            new SecurityStage(guarded, items.authenticator(), items.errors(), "guarded"), new ErrorStage(items.errors()));

    @Test
    void anOperationWithAnEmptyAlternativeMayBeCalledWithoutACredentialButNotWithABadOne() {
        StageHarness.Answer anonymous = notes.request("GET", "/notes").send();
        StageHarness.Answer key = notes.request("GET", "/notes?key=key").send();
        StageHarness.Answer unknown = notes.request("GET", "/notes?key=nobody").send();

        assertEquals(200, anonymous.status(), anonymous.body());
        assertTrue(anonymous.body().contains("\"subject\":\"\""), anonymous.body());
        assertEquals(200, key.status(), key.body());
        assertTrue(key.body().contains("\"subject\":\"key\""), key.body());
        assertKind("UNAUTHENTICATED", unknown);
    }

    @Test
    void aBasicSchemeIsChallengedWithItsRealm() {
        StageHarness.Answer missing = notes.request("DELETE", "/notes").send();
        StageHarness.Answer known = notes.request("DELETE", "/notes").header("Authorization", "Basic key").send();

        assertKind("MISSING_CREDENTIALS", missing);
        assertEquals("Basic realm=\"guarded\"", missing.header("WWW-Authenticate"));
        assertEquals(200, known.status(), known.body());
        assertTrue(known.body().contains("\"subject\":\"key\""), known.body());
    }

    @Test
    void requirementsAllowAnonymousCallsOnlyWhereAnAlternativeIsEmpty() {
        SecurityRequirements requirements = SecurityRequirements.of(guarded);

        assertTrue(requirements.allowsAnonymous("readNotes"));
        assertFalse(requirements.allowsAnonymous("writeNotes"));
        assertFalse(requirements.allowsAnonymous("clearNotes"));
        assertFalse(requirements.allowsAnonymous("noSuchOperation"));
        assertFalse(SecurityRequirements.of(spec).allowsAnonymous("getItem"));
    }

    @Test
    void requirementsOfTheSpecApplyWhereAnOperationStatesNone() {
        SecurityRequirements requirements = SecurityRequirements.of(guarded);
        Caller key = new Caller("k", "k", Set.of());

        assertTrue(requirements.met("writeNotes", Map.of("apiKey", key)).isPresent());
        assertFalse(requirements.met("writeNotes", Map.of("basic", key)).isPresent());
        assertFalse(requirements.met("clearNotes", Map.of("apiKey", key)).isPresent());
        assertFalse(requirements.met("noSuchOperation", Map.of("apiKey", key)).isPresent());
    }

    /** Each kind at its usual status, so that a sandbox credential is named by it. */
    private static final ErrorShape USUAL = StageHarness.USUAL_ERRORS;

    @Test
    void sandboxCredentialsAreNamedByTheStatusOfTheirFailure() {
        SandboxCredentials sandbox = SandboxCredentials.of("items", items.authenticator(), USUAL,
                ErrorKind.UNAVAILABLE, ErrorKind.RATE_LIMITED);

        assertEquals(List.of("items-sandbox-429", "items-sandbox-503"), sandbox.credentials());
        assertEquals(Optional.of(ErrorKind.UNAVAILABLE), sandbox.failure("items-sandbox-503"));
        assertEquals(Optional.of(ErrorKind.RATE_LIMITED), sandbox.failure(SandboxCredentials.credential("items", 429)));
        assertEquals(Optional.empty(), sandbox.failure("items-sandbox-500"));
        assertEquals(Optional.empty(), sandbox.failure("other-sandbox-503"));
        assertEquals(Optional.empty(), sandbox.failure("reader"));
        assertEquals("reader", sandbox.authenticate("oauth", "reader").orElseThrow().subject());
        assertTrue(sandbox.authenticate("oauth", "items-sandbox-503").isEmpty());
    }

    @Test
    void aSandboxCredentialMakesEveryCallFailAsItsKindWhateverTheScheme() {
        SandboxCredentials sandbox = SandboxCredentials.of("items", items.authenticator(), USUAL,
                ErrorKind.UNAVAILABLE, ErrorKind.RATE_LIMITED);
        StageHarness sandboxed = StageHarness.of(spec, List.of(new Callers()),
                new SecurityStage(spec, sandbox, USUAL, "items"), new ErrorStage(USUAL));

        StageHarness.Answer bearer = sandboxed.request("GET", "/items/a")
                .header("Authorization", "Bearer items-sandbox-503").send();
        StageHarness.Answer key = sandboxed.request("POST", "/items").header("X-API-KEY", "items-sandbox-429").send();
        StageHarness.Answer real = sandboxed.request("GET", "/items/a").header("Authorization", "Bearer reader").send();

        assertEquals(503, bearer.status(), bearer.body());
        assertTrue(bearer.body().contains("UNAVAILABLE"), bearer.body());
        assertNull(bearer.header("WWW-Authenticate"));
        assertEquals(429, key.status(), key.body());
        assertTrue(key.body().contains("RATE_LIMITED"), key.body());
        assertEquals(200, real.status(), real.body());
    }
}
