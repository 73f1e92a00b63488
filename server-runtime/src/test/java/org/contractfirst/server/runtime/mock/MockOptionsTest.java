package org.contractfirst.server.runtime.mock;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.contractfirst.server.runtime.mock.MockStateTest.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How a mock answers, and the items its collections start with from a fixture file. */
class MockOptionsTest {

    @TempDir
    Path directory;

    private Path file(String name, String text) throws Exception {
        return Files.writeString(directory.resolve(name), text);
    }

    @Test
    void theTwoStandardOptionsStartFromTheSpecAlone() {
        assertTrue(MockOptions.STATEFUL.stateful());
        assertFalse(MockOptions.STATELESS.stateful());
        assertEquals(Map.of(), MockOptions.STATEFUL.seedData());
    }

    @Test
    void seedsAreReadFromYamlByCollectionPathWithoutATrailingSlash() throws Exception {
        MockOptions seeded = MockOptions.STATEFUL.seededFrom(file("seeds.yaml", """
                /books/:
                  - id: 7
                    title: Seeded
                  - title: Unnamed
                /shelves/front/notes: []
                """));
        assertTrue(seeded.stateful());
        assertEquals(Set.of("/books", "/shelves/front/notes"), seeded.seedData().keySet());
        assertEquals(List.of(json("{\"id\":7,\"title\":\"Seeded\"}"), json("{\"title\":\"Unnamed\"}")),
                seeded.seedData().get("/books"));
        assertFalse(MockOptions.STATELESS.seededFrom(file("s.json", "{\"/a\": []}")).stateful(), "the mode is kept");
    }

    @Test
    void aFileThatIsNoObjectOfCollectionPathsIsRefused() throws Exception {
        Path array = file("array.json", "[1]");
        Path relative = file("relative.yaml", "books: []\n");
        Path notAnArray = file("object.yaml", "/books: {}\n");
        Path empty = file("empty.yaml", "");
        assertThrows(IllegalArgumentException.class, () -> MockOptions.STATEFUL.seededFrom(empty));
        assertThrows(IllegalArgumentException.class, () -> MockOptions.STATEFUL.seededFrom(array));
        assertThrows(IllegalArgumentException.class, () -> MockOptions.STATEFUL.seededFrom(relative));
        assertThrows(IllegalArgumentException.class, () -> MockOptions.STATEFUL.seededFrom(notAnArray));
    }

    @Test
    void theSeedsAreACopy() {
        Map<String, List<com.fasterxml.jackson.databind.JsonNode>> seeds = new HashMap<>();
        seeds.put("/books", List.of(json("{}")));
        MockOptions options = new MockOptions(true, seeds);
        seeds.clear();
        assertEquals(Set.of("/books"), options.seedData().keySet());
        assertThrows(UnsupportedOperationException.class, () -> options.seedData().put("/other", List.of()));
    }
}
