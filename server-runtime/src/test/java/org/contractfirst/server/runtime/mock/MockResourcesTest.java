package org.contractfirst.server.runtime.mock;

import org.contractfirst.server.runtime.spec.ServedSpec;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.contractfirst.server.runtime.mock.MockStateTest.json;
import static org.contractfirst.server.runtime.mock.MockStateTest.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The resources a stateful mock reads from a spec's paths: collections, items, singletons, actions. */
class MockResourcesTest {

    private final ServedSpec shelf = ServedSpec.of("specs/shelf.yaml");
    private final MockResources shelfResources = MockResources.of(shelf);
    private final ServedSpec accounts = ServedSpec.of("specs/resources.yaml");
    private final MockResources accountResources = MockResources.of(accounts);

    private MockResources.Role role(MockResources resources, String operationId) {
        return resources.role(operationId).orElseThrow(() -> new AssertionError(operationId + " has no role"));
    }

    @Test
    void aCollectionAndItsItemsHaveOneRoleEach() {
        assertEquals(MockResources.Kind.CREATE, role(shelfResources, "addBook").kind());
        assertEquals(MockResources.Kind.LIST, role(shelfResources, "listBooks").kind());
        assertEquals(MockResources.Kind.READ, role(shelfResources, "getBook").kind());
        assertEquals(MockResources.Kind.REPLACE, role(shelfResources, "replaceBook").kind());
        assertEquals(MockResources.Kind.MERGE, role(shelfResources, "patchBook").kind());
        assertEquals(MockResources.Kind.REMOVE, role(shelfResources, "removeBook").kind());
    }

    @Test
    void anItemIsNamedByItsIdPropertyAtItsDepth() {
        MockResources.Role book = role(shelfResources, "getBook");
        assertFalse(book.singleton());
        assertEquals(1, book.depth());
        assertEquals(Optional.of("id"), book.idProperty(), "the parameter bookId is no property: id is");
        assertEquals("int64", book.idSchema().path("format").asText());
        assertEquals(Optional.of("getBook"), role(shelfResources, "addBook").readOperation());
        assertEquals(Optional.of("listBooks"), role(shelfResources, "removeBook").listOperation());

        MockResources.Role note = role(shelfResources, "getNote");
        assertEquals(3, note.depth(), "/shelves/{shelfId}/notes");
        assertEquals(Optional.of("noteId"), note.idProperty(), "the parameter's own name first");
        assertEquals("bookId", book.idParameter().path("name").asText());
    }

    @Test
    void aPathWithAReadAndAWriteBesideItIsASingleton() {
        MockResources.Role me = role(shelfResources, "patchMe");
        assertTrue(me.singleton());
        assertEquals(MockResources.Kind.MERGE, me.kind());
        assertEquals(Optional.of("getMe"), me.readOperation());
        assertTrue(accountResources.role("getSettings").isEmpty(), "a path only read is no singleton");
        assertTrue(shelfResources.role("health").isEmpty());
    }

    @Test
    void xMockIdNamesTheIdPropertyWhereNoOtherMatches() {
        assertEquals(Optional.of("number"), role(accountResources, "getAccount").idProperty());
        assertEquals(Optional.of("reportId"), role(accountResources, "getReport").idProperty(),
                "a property of the parameter's own name");
    }

    @Test
    void aPatchOfAFixedSegmentBelowAnItemIsAnActionThatMergesIntoIt() {
        MockResources.Role close = role(accountResources, "closeAccount");
        assertEquals(MockResources.Kind.MERGE, close.kind());
        assertEquals(1, close.depth());
        assertEquals(Optional.of("getAccount"), close.readOperation());
    }

    @Test
    void operationsThatSpeakNoJsonHaveNoRole() {
        assertTrue(accountResources.role("importAccounts").isEmpty(), "a CSV body is nothing to store");
        assertTrue(accountResources.role("listReports").isEmpty(), "a CSV answer is no list");
        assertTrue(accountResources.role("getStatus").isEmpty(), "a text singleton is no object");
        assertTrue(accountResources.role("putStatus").isEmpty());
    }

    @Test
    void anActionChangesTheItemItActsOn() {
        MockState state = new MockState(accounts, new MockStateTest.Examples(accounts), Map.of());
        MockState.Reply created = state.reply("putAccount", request("/accounts/a1", "{\"owner\":\"Ada\"}", "application/json", "alice"))
                .orElseThrow();
        assertEquals("201", created.status(), "a PUT that documents 201 creates what is not there");
        assertEquals(json("{\"owner\":\"Ada\",\"number\":\"a1\"}"), created.body().orElseThrow());

        state.reply("closeAccount", request("/accounts/a1/close", "{\"closed\":true}", "application/json", "alice"));
        JsonNode read = state.reply("getAccount", request("/accounts/a1", null, "", "alice")).flatMap(MockState.Reply::body)
                .orElseThrow();
        assertEquals(json("{\"owner\":\"Ada\",\"number\":\"a1\",\"closed\":true}"), read);

        MockState.Reply replaced = state.reply("putAccount", request("/accounts/a1", "{\"owner\":\"Grace\"}", "application/json",
                "alice")).orElseThrow();
        assertEquals("200", replaced.status(), "a PUT of what is there answers its other success");
    }

    @Test
    void jsonIsAnyJsonTypeOrAWildcard() {
        assertTrue(MockResources.isJson("application/json"));
        assertTrue(MockResources.isJson("Application/JSON; charset=utf-8"));
        assertTrue(MockResources.isJson("application/merge-patch+json"));
        assertTrue(MockResources.isJson("*/*"));
        assertTrue(MockResources.isJson("application/*"));
        assertFalse(MockResources.isJson("text/plain"));
        assertFalse(MockResources.isJson("application/jsonl"));
        assertFalse(MockResources.isJson("application/xml"));
    }
}
