package org.contractfirst.server.runtime.mock;

import org.contractfirst.server.runtime.spec.ServedSpec;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A mock that keeps state, driven over {@code specs/shelf.yaml}: books (a collection whose read documents 404 and
 * 410), notes per shelf (a nested collection with uuid ids) and {@code /me} (a singleton per caller).
 */
class MockStateTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final URI BASE = URI.create("http://127.0.0.1:8080/v1/");
    private static final String MERGE_PATCH = "application/merge-patch+json";
    private static final String JSON_PATCH = "application/json-patch+json";

    private final ServedSpec spec = ServedSpec.of("specs/shelf.yaml");
    private final MockState state = new MockState(spec, new Examples(spec), Map.of());

    /** The bodies the spec documents: each response's JSON example, and nothing where it has none. */
    static final class Examples implements MockState.Bodies {
        private final ServedSpec spec;

        Examples(ServedSpec spec) {
            this.spec = spec;
        }

        @Override
        public Optional<JsonNode> documented(String operationId, String status) {
            JsonNode example = spec.resolve(spec.operation(operationId).path("responses").path(status))
                    .path("content").path("application/json").path("example");
            return example.isMissingNode() ? Optional.empty() : Optional.of(example);
        }

        @Override
        public Optional<JsonNode> answered(String operationId, String status) {
            return documented(operationId, status);
        }
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    /** A request as the wire carries it: {@code /books?limit=2}, an optional JSON body, from caller {@code subject}. */
    static MockRequest request(String target, String body, String mediaType, String subject) {
        String[] parts = target.split("\\?", 2);
        List<String> segments = Arrays.stream(parts[0].split("/")).filter(segment -> !segment.isEmpty()).toList();
        Map<String, List<String>> query = new LinkedHashMap<>();
        if (parts.length > 1) {
            for (String pair : parts[1].split("&")) {
                String[] nameAndValue = pair.split("=", 2);
                query.computeIfAbsent(nameAndValue[0], name -> new ArrayList<>()).add(nameAndValue[1]);
            }
        }
        return new MockRequest(segments, query, Optional.ofNullable(body).map(MockStateTest::json), mediaType, subject, BASE);
    }

    private MockState.Reply reply(String operationId, String target, String body, String mediaType, String subject) {
        return state.reply(operationId, request(target, body, mediaType, subject))
                .orElseThrow(() -> new AssertionError(operationId + " was answered without state"));
    }

    private MockState.Reply reply(String operationId, String target, String body) {
        return reply(operationId, target, body, "application/json", "alice");
    }

    private JsonNode body(MockState.Reply reply) {
        return reply.body().orElseThrow(() -> new AssertionError("no body in " + reply));
    }

    private MockState.Refusal refusal(String operationId, String target, String body, String mediaType) {
        return assertThrows(MockState.Refusal.class, () -> state.reply(operationId, request(target, body, mediaType, "alice")));
    }

    private JsonNode add(String book) {
        MockState.Reply created = reply("addBook", "/books", book);
        assertEquals("201", created.status());
        return body(created);
    }

    @Test
    void theBooksCollectionStartsWithTheBookItsSpecShows() {
        MockState.Reply read = reply("getBook", "/books/1", null);
        assertEquals("200", read.status());
        assertEquals(json("{\"id\":1,\"title\":\"Dune\",\"author\":\"Frank Herbert\",\"genre\":\"fiction\"}"), body(read));
    }

    @Test
    void aCreatedBookHasTheNextIdItsLocationAndReadsBackAsItWasAnswered() {
        JsonNode created = add("{\"title\":\"Solaris\",\"author\":\"Stanislaw Lem\"}");
        assertEquals(2, created.path("id").asInt(), "one more than the example's id 1");
        assertTrue(created.path("id").isIntegralNumber(), "an integer id is answered as a number");
        assertEquals("Solaris", created.path("title").asText());

        JsonNode read = body(reply("getBook", "/books/2", null));
        assertEquals(created, read);
        JsonNode second = add("{\"title\":\"Ubik\"}");
        assertEquals(3, second.path("id").asInt());
    }

    @Test
    void aCreateAnswersTheLocationTheResponseDocuments() {
        MockState.Reply created = reply("addBook", "/books", "{\"title\":\"Solaris\"}");
        assertEquals(Map.of("Location", json("\"http://127.0.0.1:8080/v1/books/2\"")), created.headers());
    }

    @Test
    void readOnlyPropertiesAreTheServersToSetAndKeep() {
        JsonNode created = add("{\"id\":99,\"title\":\"Solaris\",\"addedAt\":\"1999-01-01T00:00:00Z\"}");
        assertEquals(2, created.path("id").asInt(), "a client's readOnly id is not taken");
        String addedAt = created.path("addedAt").asText();
        assertNotEquals("1999-01-01T00:00:00Z", addedAt);
        assertDoesNotThrow(() -> OffsetDateTime.parse(addedAt), "a date-time the server set");

        JsonNode replaced = body(reply("replaceBook", "/books/2",
                "{\"title\":\"Solaris (2nd ed.)\",\"addedAt\":\"2000-01-01T00:00:00Z\"}"));
        assertEquals(addedAt, replaced.path("addedAt").asText(), "a replace keeps what the server set");
        assertEquals(2, replaced.path("id").asInt());
    }

    @Test
    void aWriteOnlyPropertyIsTakenButNeverAnswered() {
        JsonNode created = add("{\"title\":\"Solaris\",\"librarianNote\":\"shelve high\"}");
        assertFalse(created.has("librarianNote"));
        assertFalse(body(reply("getBook", "/books/2", null)).has("librarianNote"));
        assertEquals("Solaris", body(reply("getBook", "/books/2", null)).path("title").asText());
    }

    @Test
    void aPutReplacesTheWholeBook() {
        add("{\"title\":\"Solaris\",\"author\":\"Stanislaw Lem\",\"genre\":\"fiction\"}");
        MockState.Reply replaced = reply("replaceBook", "/books/2", "{\"title\":\"Solaris\",\"genre\":\"essay\"}");
        assertEquals("200", replaced.status());
        JsonNode read = body(reply("getBook", "/books/2", null));
        assertEquals(body(replaced), read);
        assertEquals("essay", read.path("genre").asText());
        assertFalse(read.has("author"), "a property the replace leaves out is gone");
        assertEquals(2, read.path("id").asInt());
    }

    @Test
    void aMergePatchChangesWhatItNamesRemovesItsNullsAndKeepsTheRest() {
        add("{\"title\":\"Solaris\",\"author\":\"Stanislaw Lem\",\"genre\":\"fiction\"}");
        reply("patchBook", "/books/2", "{\"author\":null,\"genre\":\"essay\"}", MERGE_PATCH, "alice");
        JsonNode read = body(reply("getBook", "/books/2", null));
        assertEquals("Solaris", read.path("title").asText());
        assertEquals("essay", read.path("genre").asText());
        assertFalse(read.has("author"));
    }

    @Test
    void aJsonPatchAppliesWhereItsTestHolds() {
        add("{\"title\":\"Solaris\",\"author\":\"Stanislaw Lem\"}");
        MockState.Reply patched = reply("patchBook", "/books/2", """
                [{"op":"test","path":"/title","value":"Solaris"},
                 {"op":"replace","path":"/author","value":"S. Lem"},
                 {"op":"add","path":"/genre","value":"fiction"}]""", JSON_PATCH, "alice");
        assertEquals("200", patched.status());
        JsonNode read = body(reply("getBook", "/books/2", null));
        assertEquals("S. Lem", read.path("author").asText());
        assertEquals("fiction", read.path("genre").asText());
    }

    @Test
    void aJsonPatchWhoseTestFailsIsRefusedAsAConflictAndChangesNothing() {
        JsonNode created = add("{\"title\":\"Solaris\",\"author\":\"Stanislaw Lem\"}");
        MockState.Refusal refusal = refusal("patchBook", "/books/2", """
                [{"op":"replace","path":"/author","value":"S. Lem"},
                 {"op":"test","path":"/title","value":"Ubik"}]""", JSON_PATCH);
        assertEquals(List.of(409, 422, 400), refusal.statuses());
        assertEquals(created, body(reply("getBook", "/books/2", null)));
    }

    @Test
    void aPatchThatLeavesNoObjectIsRefused() {
        add("{\"title\":\"Solaris\"}");
        MockState.Refusal refusal = refusal("patchBook", "/books/2", "[{\"op\":\"replace\",\"path\":\"\",\"value\":7}]",
                JSON_PATCH);
        assertEquals(MockState.CONFLICT, refusal.statuses());
    }

    @Test
    void aDeletedBookIsGoneAndItsReadSaysSoWhereTheReadDocuments410() {
        add("{\"title\":\"Solaris\"}");
        MockState.Reply removed = reply("removeBook", "/books/2", null);
        assertEquals("204", removed.status());
        assertEquals(Optional.empty(), removed.body(), "a 204 has no body");
        assertEquals(List.of(410, 404), refusal("getBook", "/books/2", null, "application/json").statuses());
        assertEquals(List.of(410, 404), refusal("removeBook", "/books/2", null, "application/json").statuses(),
                "a second delete is refused too: the answer picks the 404 that delete documents");
    }

    @Test
    void aBookNobodyCreatedIsNotFound() {
        assertEquals(List.of(404), refusal("getBook", "/books/42", null, "application/json").statuses());
        assertEquals(List.of(404), refusal("replaceBook", "/books/42", "{\"title\":\"X\"}", "application/json").statuses());
        assertEquals(List.of(404), refusal("patchBook", "/books/42", "{\"title\":\"X\"}", MERGE_PATCH).statuses());
    }

    @Test
    void aListPagesByLimitAndOffsetAndCountsEveryMatch() {
        add("{\"title\":\"Solaris\",\"genre\":\"fiction\"}");
        add("{\"title\":\"Odes\",\"genre\":\"poetry\"}");
        add("{\"title\":\"Essays\",\"genre\":\"essay\"}");
        JsonNode page = body(reply("listBooks", "/books?limit=2&offset=1", null));
        assertEquals(List.of(2, 3), ids(page.path("items")));
        assertEquals(4, page.path("total").asInt());

        JsonNode all = body(reply("listBooks", "/books", null));
        assertEquals(List.of(1, 2, 3, 4), ids(all.path("items")), "the limit's default of 20 holds them all");
    }

    @Test
    void aListFiltersByAQueryParameterNamedAfterAProperty() {
        add("{\"title\":\"Odes\",\"genre\":\"poetry\"}");
        add("{\"title\":\"Essays\",\"genre\":\"essay\"}");
        add("{\"title\":\"Sonnets\",\"genre\":\"poetry\"}");
        JsonNode page = body(reply("listBooks", "/books?genre=poetry", null));
        assertEquals(List.of(2, 4), ids(page.path("items")));
        assertEquals(2, page.path("total").asInt());
    }

    @Test
    void aListAnswersItsItemsAsTheyAreRead() {
        JsonNode created = add("{\"title\":\"Solaris\",\"librarianNote\":\"shelve high\"}");
        JsonNode items = body(reply("listBooks", "/books?offset=1", null)).path("items");
        assertEquals(1, items.size());
        assertEquals(created, items.get(0));
    }

    @Test
    void eachShelfKeepsItsOwnNotesUnderUuids() {
        MockState.Reply created = reply("addNote", "/shelves/front/notes", "{\"text\":\"dust weekly\"}");
        String id = body(created).path("noteId").asText();
        assertDoesNotThrow(() -> UUID.fromString(id));

        assertEquals("dust weekly", body(reply("getNote", "/shelves/front/notes/" + id, null)).path("text").asText());
        assertEquals(List.of(404), refusal("getNote", "/shelves/back/notes/" + id, null, "application/json").statuses());
        assertEquals(1, body(reply("listNotes", "/shelves/front/notes", null)).size());
        assertEquals(json("[]"), body(reply("listNotes", "/shelves/back/notes", null)));

        String other = body(reply("addNote", "/shelves/front/notes", "{\"text\":\"oil hinges\"}")).path("noteId").asText();
        assertNotEquals(id, other);
    }

    @Test
    void aClientNamesAnItemByAnIdItMayWriteAndATakenOneIsAConflict() {
        MockState.Reply named = reply("addTag", "/tags", "{\"code\":\"SCI\",\"label\":\"Science fiction\"}");
        assertEquals(json("{\"code\":\"SCI\",\"label\":\"Science fiction\"}"), body(named));
        assertEquals("Science fiction", body(reply("getTag", "/tags/SCI", null)).path("label").asText());

        assertEquals(MockState.CONFLICT, refusal("addTag", "/tags", "{\"code\":\"SCI\",\"label\":\"Again\"}",
                "application/json").statuses());
        assertEquals("Science fiction", body(reply("getTag", "/tags/SCI", null)).path("label").asText(), "the first is kept");

        String drawn = body(reply("addTag", "/tags", "{\"label\":\"Unnamed\"}")).path("code").asText();
        assertTrue(drawn.matches("[A-Z]{3}"), "an id the mock makes fits the id's pattern: " + drawn);
        assertEquals("Unnamed", body(reply("getTag", "/tags/" + drawn, null)).path("label").asText());
    }

    @Test
    void eachCallerHasASingletonOfTheirOwnStartingFromTheReadsExample() {
        assertEquals(json("{\"name\":\"Reader\",\"theme\":\"light\"}"), body(reply("getMe", "/me", null, "application/json", "alice")));
        MockState.Reply patched = reply("patchMe", "/me", "{\"theme\":\"dark\"}", MERGE_PATCH, "alice");
        assertEquals(json("{\"name\":\"Reader\",\"theme\":\"dark\"}"), body(patched));
        assertEquals("dark", body(reply("getMe", "/me", null, "application/json", "alice")).path("theme").asText());
        assertEquals("light", body(reply("getMe", "/me", null, "application/json", "bob")).path("theme").asText());
    }

    @Test
    void onlyTheSpecsResourcesAreRemembered() {
        assertTrue(state.remembers("getBook"));
        assertTrue(state.remembers("listNotes"));
        assertTrue(state.remembers("patchMe"));
        assertFalse(state.remembers("health"));
        assertEquals(Optional.empty(), state.reply("health", request("/health", null, "", "alice")));
    }

    @Test
    void aWriteWithoutAnObjectBodyIsLeftToTheStatelessAnswer() {
        assertEquals(Optional.empty(), state.reply("addBook", request("/books", null, "application/json", "alice")));
        assertEquals(Optional.empty(), state.reply("addBook", request("/books", "[1,2]", "application/json", "alice")));
        assertEquals(List.of(1), ids(body(reply("listBooks", "/books", null)).path("items")), "nothing was stored");
    }

    @Test
    void seedDataTakesThePlaceOfTheSpecsExamples() {
        MockState seeded = new MockState(spec, new Examples(spec), Map.of("/books",
                List.of(json("{\"id\":7,\"title\":\"Seeded\"}"), json("{\"title\":\"Unnamed\"}"), json("\"not an item\""))));
        JsonNode items = seeded.reply("listBooks", request("/books", null, "application/json", "alice"))
                .flatMap(MockState.Reply::body).orElseThrow().path("items");
        assertEquals(List.of(7, 8), ids(items), "the seed without an id has the next one");
        assertEquals("Unnamed", items.get(1).path("title").asText());
        assertThrows(MockState.Refusal.class, () -> seeded.reply("getBook", request("/books/1", null, "", "alice")),
                "the spec's example is not there");
    }

    @Test
    void anIdIsTheTextAPathCarries() {
        assertEquals("7", MockState.text(json("7.0")));
        assertEquals("7", MockState.text(json("7")));
        assertEquals("abc", MockState.text(json("\"abc\"")));
        assertEquals("[1]", MockState.text(json("[1]")));
    }

    private static List<Integer> ids(JsonNode items) {
        List<Integer> ids = new ArrayList<>();
        items.forEach(item -> ids.add(item.path("id").asInt()));
        return ids;
    }

    /** At a whole minute too: RFC 3339 has no date-time without its seconds. */
    @Test
    void aServerSetDateTimeAlwaysHasItsSeconds() {
        java.time.Clock wholeMinute = java.time.Clock.fixed(java.time.Instant.parse("2026-12-07T00:53:00Z"),
                java.time.ZoneOffset.UTC);
        assertEquals("2026-12-07T00:53:00Z", MockState.dateTime(wholeMinute));
        java.time.Clock later = java.time.Clock.fixed(java.time.Instant.parse("2026-12-07T00:53:07.125Z"),
                java.time.ZoneOffset.UTC);
        assertEquals("2026-12-07T00:53:07Z", MockState.dateTime(later));
    }
}
