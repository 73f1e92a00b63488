package org.contractfirst.conformance.checks;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which declared types an Accept header prefers, as RFC 9110 §12.5.1 weighs them. */
class MediaTypesTest {

    private static final List<String> JSON_AND_XML = List.of("application/json", "application/xml");

    @Test
    void theHighestWeightAboveZeroWins() {
        assertEquals(Set.of("application/xml"), MediaTypes.preferred("application/json;q=0.1, application/xml;q=0.9", JSON_AND_XML));
        assertEquals(Set.of("application/json"), MediaTypes.preferred("application/xml;q=0.1, application/json", JSON_AND_XML));
    }

    @Test
    void aTypeWeighedZeroIsNotAcceptableEvenWhereARangeAcceptsIt() {
        assertEquals(Set.of("application/xml"), MediaTypes.preferred("application/json;q=0, */*;q=0.5", JSON_AND_XML));
        assertEquals(Set.of(), MediaTypes.preferred("application/json;q=0, application/xml;q=0", JSON_AND_XML));
    }

    @Test
    void theMostSpecificRangeGivesTheWeightAndEqualWeightsAreAllPreferred() {
        assertEquals(Set.of("application/json"), MediaTypes.preferred("application/*;q=0.2, application/json;q=0.8, */*;q=0.1",
                JSON_AND_XML));
        assertEquals(Set.of("application/json", "application/xml"), MediaTypes.preferred("*/*", JSON_AND_XML));
    }

    @Test
    void aHeaderThatAcceptsNoneOfThemPrefersNone() {
        assertEquals(Set.of(), MediaTypes.preferred("text/html", JSON_AND_XML));
    }
}
