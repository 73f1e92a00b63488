package org.contractfirst.server.runtime.mock;

import org.contractfirst.server.runtime.spec.ServedSpec;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.contractfirst.server.runtime.mock.MockStateTest.json;
import static org.contractfirst.server.runtime.mock.MockStateTest.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A page of a collection, by the paging and filtering parameters its list operation declares ({@code specs/lists.yaml}). */
class MockListsTest {

    private final ServedSpec spec = ServedSpec.of("specs/lists.yaml");

    /** Things 1 to 5; the even ones red, the odd ones blue. */
    private static List<ObjectNode> things() {
        List<ObjectNode> things = new ArrayList<>();
        for (int id = 1; id <= 5; id++) {
            things.add((ObjectNode) json("{\"id\":" + id + ",\"colour\":\"" + (id % 2 == 0 ? "red" : "blue") + "\"}"));
        }
        return things;
    }

    private JsonNode page(String operationId, String template, String target) {
        return MockLists.page(spec, operationId, json(template), things(), request(target, null, "", "alice"), Optional::of);
    }

    private static List<Integer> ids(JsonNode items) {
        List<Integer> ids = new ArrayList<>();
        items.forEach(item -> ids.add(item.path("id").asInt()));
        return ids;
    }

    @Test
    void anArrayAnswerIsTheItemsThemselves() {
        JsonNode all = page("plainList", "[]", "/plain");
        assertTrue(all.isArray());
        assertEquals(List.of(1, 2, 3, 4, 5), ids(all));
    }

    @Test
    void pagingParametersAreKnownWhateverTheirCaseOrSeparators() {
        assertEquals(List.of(1, 2), ids(page("plainList", "[]", "/plain?per_page=2")));
        assertEquals(List.of(1, 2), ids(page("plainList", "[]", "/plain?per_page=2&Page=0")), "a page whose minimum is 0 counts from 0");
        assertEquals(List.of(5), ids(page("plainList", "[]", "/plain?per_page=2&Page=2")));
        assertEquals(List.of(), ids(page("plainList", "[]", "/plain?per_page=2&Page=9")), "past the end: nothing");
    }

    @Test
    void aQueryParameterNamedAfterAPropertyFilters() {
        assertEquals(List.of(2, 4), ids(page("plainList", "[]", "/plain?colour=red")));
        assertEquals(List.of(4), ids(page("plainList", "[]", "/plain?colour=red&per_page=1&Page=1")));
        assertEquals(List.of(), ids(page("plainList", "[]", "/plain?colour=green")));
    }

    @Test
    void aSizeThatIsNoNumberIsNoLimit() {
        assertEquals(List.of(1, 2, 3, 4, 5), ids(page("plainList", "[]", "/plain?per_page=many")));
    }

    @Test
    void anObjectAnswerIsTheExampleWithItsItemsAndTotalReplaced() {
        JsonNode answer = page("pagedFromOne", "{\"tags\":[\"x\"],\"results\":[{\"id\":99}],\"totalCount\":1,\"kind\":\"things\"}",
                "/pages?page=2");
        assertEquals(List.of(3, 4), ids(answer.path("results")), "the items array named as such, not the first array; size defaults to 2");
        assertEquals(5, answer.path("totalCount").asInt(), "the total counts every match, not the page");
        assertEquals("things", answer.path("kind").asText(), "the example's other members stay");
        assertEquals(json("[\"x\"]"), answer.path("tags"));
        assertEquals(List.of(1, 2), ids(page("pagedFromOne", "{}", "/pages?page=1").path("results")), "pages count from 1");
    }

    @Test
    void aCursorIsTheOffsetOfTheNextPageAndTheLastPageHasNone() {
        JsonNode first = page("cursored", "{\"data\":[],\"nextCursor\":\"abc\"}", "/feed?limit=2");
        assertEquals(List.of(1, 2), ids(first.path("data")));
        String cursor = first.path("nextCursor").asText();
        JsonNode second = page("cursored", "{\"data\":[],\"nextCursor\":\"abc\"}", "/feed?limit=2&cursor=" + cursor);
        assertEquals(List.of(3, 4), ids(second.path("data")));
        JsonNode last = page("cursored", "{\"data\":[],\"nextCursor\":\"abc\"}",
                "/feed?limit=2&cursor=" + second.path("nextCursor").asText());
        assertEquals(List.of(5), ids(last.path("data")));
        assertFalse(last.has("nextCursor"), "an optional next cursor is left out on the last page");
    }

    /** An offset the request leaves out keeps the cursor's, whichever of the two the spec declares first. */
    @Test
    void aCursorIsFollowedWhereAnOffsetIsDeclaredAfterIt() {
        JsonNode first = page("cursoredBeforeOffset", "{\"data\":[],\"nextCursor\":\"abc\"}", "/feed-with-offset?limit=2");
        JsonNode second = page("cursoredBeforeOffset", "{\"data\":[],\"nextCursor\":\"abc\"}",
                "/feed-with-offset?limit=2&cursor=" + first.path("nextCursor").asText());
        assertEquals(List.of(3, 4), ids(second.path("data")));
    }

    @Test
    void aRequiredNullableNextCursorIsNullOnTheLastPage() {
        JsonNode first = page("strictlyCursored", "{\"data\":[],\"next\":null}", "/strict-feed?limit=3");
        assertEquals("3", first.path("next").asText());
        JsonNode last = page("strictlyCursored", "{\"data\":[],\"next\":null}", "/strict-feed?limit=3&after=3");
        assertEquals(List.of(4, 5), ids(last.path("data")));
        assertTrue(last.has("next") && last.get("next").isNull());
    }

    @Test
    void eachItemIsShownAsTheListShowsIt() {
        JsonNode shown = MockLists.page(spec, "plainList", json("[]"), things(), request("/plain?per_page=2", null, "", "alice"),
                item -> item.path("id").asInt() == 1 ? Optional.empty() : Optional.of(json("{\"shown\":" + item.get("id") + "}")));
        assertEquals(json("[{\"shown\":2}]"), shown, "an item the shower leaves out is left out of the page");
    }

    @Test
    void theItemsOfAListsExampleAndItsItemSchema() {
        assertEquals(List.of(json("1"), json("2")), MockLists.items(json("[1,2]")));
        assertEquals(List.of(json("{\"id\":3}")), MockLists.items(json("{\"total\":1,\"data\":[{\"id\":3}],\"more\":[4]}")));
        assertEquals(List.of(), MockLists.items(json("{\"total\":0}")));
        JsonNode pages = spec.operation("pagedFromOne").path("responses").path("200").path("content")
                .path("application/json").path("schema");
        assertEquals(Optional.of("results"), MockLists.itemsProperty(spec.schemas(), spec.schemas().effective(pages)));
        assertEquals("#/components/schemas/Thing", MockLists.itemSchema(spec.schemas(), pages).path("$ref").asText());
    }
}
