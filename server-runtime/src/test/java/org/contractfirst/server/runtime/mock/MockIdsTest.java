package org.contractfirst.server.runtime.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.contractfirst.values.OpenApiDocument;
import org.contractfirst.values.Schemas;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The ids a stateful mock gives what it creates, shaped by the id's schema. */
class MockIdsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final MockIds ids = new MockIds(new Schemas(new OpenApiDocument(JSON.createObjectNode())));

    private static JsonNode schema(String json) throws Exception {
        return JSON.readTree(json);
    }

    @Test
    void anIntegerIdIsOneMoreThanTheLargestTaken() throws Exception {
        JsonNode integer = schema("{\"type\": \"integer\"}");
        assertEquals("1", ids.next(integer, List.of()));
        assertEquals("11", ids.next(integer, List.of("3", "10", "abc", "2")));
    }

    @Test
    void anIntegerIdStartsAtItsMinimum() throws Exception {
        assertEquals("100", ids.next(schema("{\"type\": \"integer\", \"minimum\": 100}"), List.of()));
        assertEquals("100", ids.next(schema("{\"type\": \"integer\", \"minimum\": 100}"), List.of("7")));
        assertEquals("6", ids.next(schema("{\"type\": \"integer\", \"minimum\": 5, \"exclusiveMinimum\": true}"), List.of()));
    }

    @Test
    void anIntegerIdAtTheTopOfItsRangeTakesTheFirstFreeFromItsBottom() throws Exception {
        JsonNode small = schema("{\"type\": \"integer\", \"minimum\": 1, \"maximum\": 3}");
        assertEquals("2", ids.next(small, List.of("1", "3")));
        MockState.Refusal full = assertThrows(MockState.Refusal.class, () -> ids.next(small, List.of("1", "2", "3")));
        assertEquals(MockState.CONFLICT, full.statuses());
    }

    @Test
    void anInt32IdStaysWithinItsFormat() throws Exception {
        JsonNode int32 = schema("{\"type\": \"integer\", \"format\": \"int32\"}");
        assertEquals("1", ids.next(int32, List.of(Integer.toString(Integer.MAX_VALUE))));
        assertEquals(Long.toString(Integer.MAX_VALUE + 1L),
                ids.next(schema("{\"type\": \"integer\", \"format\": \"int64\"}"), List.of(Integer.toString(Integer.MAX_VALUE))));
    }

    @Test
    void aUuidIdIsAFreshUuidEachTime() throws Exception {
        JsonNode uuid = schema("{\"type\": \"string\", \"format\": \"uuid\"}");
        String first = ids.next(uuid, List.of());
        String second = ids.next(uuid, List.of(first));
        assertDoesNotThrow(() -> UUID.fromString(first));
        assertDoesNotThrow(() -> UUID.fromString(second));
        assertNotEquals(first, second);
    }

    @Test
    void aPatternedIdMatchesItsPatternAndIsFree() throws Exception {
        JsonNode patterned = schema("{\"type\": \"string\", \"pattern\": \"^[A-Z]{3}-[0-9]{2}$\"}");
        Set<String> taken = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            String id = ids.next(patterned, taken);
            assertTrue(id.matches("[A-Z]{3}-[0-9]{2}"), id);
            assertTrue(taken.add(id), "taken twice: " + id);
        }
    }

    @Test
    void anEnumeratedIdIsAFreeMemberAndNoneFreeIsAConflict() throws Exception {
        JsonNode enumerated = schema("{\"type\": \"string\", \"enum\": [\"red\", \"green\"]}");
        assertEquals("green", ids.next(enumerated, List.of("red")));
        assertEquals(MockState.CONFLICT,
                assertThrows(MockState.Refusal.class, () -> ids.next(enumerated, List.of("red", "green"))).statuses());
    }

    @Test
    void aPlainTextIdCountsInDigitsPaddedToItsMinLength() throws Exception {
        JsonNode text = schema("{\"type\": \"string\"}");
        assertEquals("1", ids.next(text, List.of()));
        assertEquals("3", ids.next(text, List.of("a", "2")), "past the count, and past any taken");
        assertEquals("0001", ids.next(schema("{\"type\": \"string\", \"minLength\": 4}"), List.of()));
        assertEquals("0003", ids.next(schema("{\"type\": \"string\", \"minLength\": 4}"), List.of("x", "0002")));
    }

    @Test
    void anIdHasTheJsonTypeOfItsSchema() throws Exception {
        JsonNode integer = schema("{\"type\": \"integer\"}");
        assertTrue(ids.node(integer, "12").isIntegralNumber());
        assertEquals(12, ids.node(integer, "12").asInt());
        assertTrue(ids.node(integer, "12345678901234567890").isBigInteger(), "beyond a long, still a number");
        assertEquals(JSON.getNodeFactory().textNode("abc"), ids.node(integer, "abc"), "no number: as sent");
        assertEquals(JSON.getNodeFactory().textNode("12"), ids.node(schema("{\"type\": \"string\"}"), "12"));
        assertTrue(ids.node(schema("{\"type\": \"number\"}"), "12").isNumber());
    }

    @Test
    void anIdIsEscapedAsOnePathSegment() {
        assertEquals("a%20b%2Fc", MockIds.escaped("a b/c"));
        assertEquals("42", MockIds.escaped("42"));
        assertEquals("%C3%A9t%C3%A9", MockIds.escaped("été"));
    }
}
