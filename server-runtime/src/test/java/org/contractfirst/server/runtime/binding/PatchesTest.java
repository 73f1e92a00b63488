package org.contractfirst.server.runtime.binding;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The two patches a mock applies: a merge patch (RFC 7396) and a JSON Patch (RFC 6902), with the JSON Patch's limits. */
class PatchesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String text) throws IOException {
        return JSON.readTree(text);
    }

    @Test
    void aMergePatchReplacesMergesAndRemovesByNull() throws IOException {
        // RFC 7396 §3's example.
        JsonNode target = json("{\"title\": \"Goodbye!\", \"author\": {\"givenName\": \"John\", \"familyName\": \"Doe\"},"
                + " \"tags\": [\"example\", \"sample\"], \"content\": \"This will be unchanged\"}");
        JsonNode patch = json("{\"title\": \"Hello!\", \"phoneNumber\": \"+01-123-456-7890\", \"author\": {\"familyName\": null},"
                + " \"tags\": [\"example\"]}");
        assertEquals(json("{\"title\": \"Hello!\", \"author\": {\"givenName\": \"John\"}, \"tags\": [\"example\"],"
                + " \"content\": \"This will be unchanged\", \"phoneNumber\": \"+01-123-456-7890\"}"), MergePatch.apply(target, patch));
    }

    @Test
    void aJsonPatchAppliesEachOperationInTurn() throws IOException {
        JsonNode patched = JsonPatch.apply(json("{\"a\": {\"b\": 1}, \"list\": [1, 2]}"), json("""
                [{"op": "add", "path": "/list/1", "value": 9}, {"op": "replace", "path": "/a/b", "value": 2},
                 {"op": "copy", "from": "/a", "path": "/c"}, {"op": "move", "from": "/list/0", "path": "/first"},
                 {"op": "remove", "path": "/a"}, {"op": "test", "path": "/c/b", "value": 2}]"""));
        assertEquals(json("{\"list\": [9, 2], \"c\": {\"b\": 2}, \"first\": 1}"), patched);
    }

    @Test
    void aJsonPatchThatCannotBeAppliedChangesNothing() throws IOException {
        JsonNode document = json("{\"title\": \"Kept\"}");
        assertThrows(JsonPatch.Refused.class, () -> JsonPatch.apply(document, json("""
                [{"op": "replace", "path": "/title", "value": "Lost"}, {"op": "test", "path": "/title", "value": "Other"}]""")));
        assertThrows(JsonPatch.Refused.class, () -> JsonPatch.apply(document, json("[{\"op\": \"remove\", \"path\": \"/none\"}]")));
        assertThrows(JsonPatch.Refused.class, () -> JsonPatch.apply(document, json("[{\"op\": \"jump\", \"path\": \"/title\"}]")));
        assertEquals(json("{\"title\": \"Kept\"}"), document);
    }

    @Test
    void aJsonPatchThatWouldGrowWithoutBoundIsRefused() throws IOException {
        // Each copy of the whole document into itself doubles it: sixty of them would outgrow any heap.
        StringBuilder doubling = new StringBuilder("[");
        for (int copy = 0; copy < 60; copy++) {
            doubling.append(copy == 0 ? "" : ",").append("{\"op\": \"copy\", \"from\": \"\", \"path\": \"/c").append(copy).append("\"}");
        }
        JsonPatch.Refused refused = assertThrows(JsonPatch.Refused.class,
                () -> JsonPatch.apply(json("{\"a\": 1}"), json(doubling + "]")));
        assertEquals("the patched document would hold more than " + JsonPatch.MOST_VALUES + " values", refused.getMessage());
        String tooMany = "[" + "{\"op\": \"test\", \"path\": \"/a\", \"value\": 1},".repeat(JsonPatch.MOST_OPERATIONS)
                + "{\"op\": \"test\", \"path\": \"/a\", \"value\": 1}]";
        assertThrows(JsonPatch.Refused.class, () -> JsonPatch.apply(json("{\"a\": 1}"), json(tooMany)));
    }
}
