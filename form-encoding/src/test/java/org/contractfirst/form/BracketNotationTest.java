package org.contractfirst.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class BracketNotationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    @Test
    void nestedObjectsBecomeBracketedNamesAndArraysRepeatTheirKey() throws Exception {
        JsonNode experience = json("{\"role\":\"CTO\",\"skills\":[\"a\",\"b\"],\"seniority\":{\"start_date\":{\"year\":2020}},"
                + "\"note\":null}");

        assertEquals(List.of(Map.entry("experience[role]", "CTO"), Map.entry("experience[skills]", "a"),
                        Map.entry("experience[skills]", "b"), Map.entry("experience[seniority][start_date][year]", "2020")),
                BracketNotation.flatten("experience", experience));
    }

    @Test
    void readingTheFieldsBackGivesTheValue() throws Exception {
        JsonNode value = json("{\"layout\":{\"bottomLeft\":{\"x\":\"1.25\",\"y\":\"2\"}},\"skills\":[\"a\",\"b\"]}");
        ObjectNode tree = JSON.createObjectNode();

        for (Map.Entry<String, String> field : BracketNotation.flatten("settings", value)) {
            BracketNotation.put(tree, BracketNotation.path(field.getKey()), tree.textNode(field.getValue()));
        }

        assertEquals(value, tree.get("settings"));
    }

    @Test
    void aPlainNameIsAPathOfOne() {
        assertEquals(List.of("headline"), BracketNotation.path("headline"));
        assertEquals(List.of("a", "b", "c"), BracketNotation.path("a[b][c]"));
    }

    @Test
    void malformedNamesAndClashingPathsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> BracketNotation.path("a[b"));
        assertThrows(IllegalArgumentException.class, () -> BracketNotation.path("a[]"));
        assertThrows(IllegalArgumentException.class, () -> BracketNotation.path(""));
        ObjectNode tree = JSON.createObjectNode();
        BracketNotation.put(tree, List.of("a"), tree.textNode("x"));
        assertThrows(IllegalArgumentException.class, () -> BracketNotation.put(tree, List.of("a", "b"), tree.textNode("y")));
        BracketNotation.put(tree, List.of("c", "d"), tree.textNode("y"));
        assertThrows(IllegalArgumentException.class, () -> BracketNotation.put(tree, List.of("c"), tree.textNode("z")));
    }
}
