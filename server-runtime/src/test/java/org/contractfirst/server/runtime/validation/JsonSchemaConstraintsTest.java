package org.contractfirst.server.runtime.validation;

import jakarta.validation.Validator;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** String sizes count code points, as JSON Schema's lengths do, list sizes still count items, and patterns are searched for. */
class JsonSchemaConstraintsTest {

    private static final String EMOJI = "\uD83D\uDE00";

    record Named(@Size(min = 2, max = 3) String name, List<@Size(max = 1) String> tags,
                 @Size(min = 1, max = 2) List<String> items) {
    }

    record Path(@Pattern(regexp = "^/") String path, List<@Pattern(regexp = "[0-9]{2}") String> codes) {
    }

    private final Validator validator = JsonSchemaConstraints.validator();

    private int violations(Named named) {
        return validator.validate(named).size();
    }

    @Test
    void charactersOutsideTheBasicMultilingualPlaneCountOnce() {
        assertEquals(1, violations(new Named(EMOJI, null, null)), "min - 1");
        assertEquals(0, violations(new Named(EMOJI.repeat(2), null, null)), "min");
        assertEquals(0, violations(new Named(EMOJI.repeat(3), null, null)), "max: six UTF-16 units");
        assertEquals(1, violations(new Named(EMOJI.repeat(4), null, null)), "max + 1");
    }

    @Test
    void theItemsOfAListCountCodePointsToo() {
        assertEquals(0, violations(new Named("ab", List.of(EMOJI, "x"), null)));
        assertEquals(1, violations(new Named("ab", List.of(EMOJI + "x"), null)));
    }

    @Test
    void aListsSizeStillCountsItsItems() {
        assertEquals(0, violations(new Named("ab", null, List.of(EMOJI + EMOJI + EMOJI))));
        assertEquals(1, violations(new Named("ab", null, List.of("a", "b", "c"))));
        assertEquals(1, violations(new Named("ab", null, List.of())));
    }

    @Test
    void aPatternIsFoundAnywhereInTheStringUnlessItIsAnchored() {
        assertEquals(0, validator.validate(new Path("/index.html", List.of("a12b"))).size());
        assertEquals(1, validator.validate(new Path("index.html", null)).size(), "^ anchors at the start");
        assertEquals(1, validator.validate(new Path(null, List.of("1a2"))).size(), "an item lacking the pattern");
    }

    @Test
    void aLoneSurrogateIsOneCharacter() {
        assertEquals(0, violations(new Named("\uD83Dx", null, null)));
    }
}
