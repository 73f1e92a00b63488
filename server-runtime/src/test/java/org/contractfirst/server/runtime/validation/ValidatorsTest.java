package org.contractfirst.server.runtime.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The runtime's own validators, as the generated code uses them: on fields of models (and so on parameters), checked
 * by the validator the multipart binder and the resources get ({@link JsonSchemaConstraints#validator()}).
 */
class ValidatorsTest {

    private final Validator validator = JsonSchemaConstraints.validator();

    record Formatted(@FormatOf("email") String email, @FormatOf("uri") String uri, @FormatOf("ipv4") String ipv4,
                     @FormatOf("ipv6") String ipv6, @FormatOf("date") String date, @FormatOf("date-time") String dateTime,
                     @FormatOf("hostname") String hostname, @FormatOf("uuid") String uuid,
                     @FormatOf("duration") String duration, @FormatOf("byte") String bytes,
                     @FormatOf("json-pointer") String pointer, @FormatOf("a-format-of-our-own") String own) {
    }

    /** The one field {@code format} names set to {@code value}; every other null, which no format refuses. */
    private Formatted only(String format, String value) {
        List<String> formats = List.of("email", "uri", "ipv4", "ipv6", "date", "date-time", "hostname", "uuid",
                "duration", "byte", "json-pointer", "a-format-of-our-own");
        assertTrue(formats.contains(format), format);
        Object[] values = new Object[formats.size()];
        values[formats.indexOf(format)] = value;
        return new Formatted((String) values[0], (String) values[1], (String) values[2], (String) values[3],
                (String) values[4], (String) values[5], (String) values[6], (String) values[7], (String) values[8],
                (String) values[9], (String) values[10], (String) values[11]);
    }

    private Set<String> messages(Object value) {
        return validator.validate(value).stream().map(violation -> violation.getPropertyPath() + " " + violation.getMessage())
                .collect(Collectors.toSet());
    }

    private void assertFormat(String format, List<String> valid, List<String> invalid) {
        for (String value : valid) {
            assertEquals(Set.of(), messages(only(format, value)), format + " " + value);
        }
        for (String value : invalid) {
            Set<ConstraintViolation<Formatted>> violations = validator.validate(only(format, value));
            assertEquals(1, violations.size(), format + " '" + value + "' passed");
            assertEquals("is not a valid " + format, violations.iterator().next().getMessage());
        }
    }

    @Test
    void anEmailHasOneAtAndNoSpaces() {
        assertFormat("email", List.of("a@b", "first.last+tag@example.org"), List.of("a@@b", "a b@example.org", "example.org", "a@"));
    }

    @Test
    void aUriIsAbsolute() {
        assertFormat("uri", List.of("https://example.org/a?b=c", "urn:isbn:0451450523"),
                List.of("/relative/path", "http://exa mple.org", "example.org"));
    }

    @Test
    void anIpv4AddressHasFourOctetsWithoutLeadingZeros() {
        assertFormat("ipv4", List.of("192.168.0.1", "0.0.0.0", "255.255.255.255"),
                List.of("256.1.1.1", "01.2.3.4", "1.2.3", "1.2.3.4.5", "a.b.c.d"));
    }

    @Test
    void anIpv6AddressIsOnlyHexDigitsAndColons() {
        assertFormat("ipv6", List.of("::1", "2001:db8::8a2e:370:7334", "fe80::1", "::ffff:192.0.2.1"),
                List.of("1.2.3.4", "::g", "example.org", "2001:db8::1%eth0"));
    }

    @Test
    void datesAndDateTimesAreRfc3339() {
        assertFormat("date", List.of("2028-02-29", "2026-12-31"), List.of("2026-02-29", "2026-13-01", "31.12.2026", "2026-1-1"));
        assertFormat("date-time", List.of("2026-01-01T00:00:00Z", "2026-01-01T10:15:30.5+02:00"),
                List.of("2026-01-01T00:00:00", "2026-01-01", "2026-01-01 00:00:00Z"));
    }

    @Test
    void aHostnameIsDotSeparatedLabels() {
        assertFormat("hostname", List.of("example.org", "a-b.example", "localhost"),
                List.of("-bad.example", "bad-.example", "under_score.example", "a..b", "a".repeat(64) + ".example"));
    }

    @Test
    void aUuidIsItsCanonicalText() {
        assertFormat("uuid", List.of("123e4567-e89b-12d3-a456-426614174000", "123E4567-E89B-12D3-A456-426614174000"),
                List.of("1-2-3-4-5", "123e4567e89b12d3a456426614174000", "123e4567-e89b-12d3-a456-42661417400g"));
    }

    @Test
    void aDurationHasADatePartATimePartOrBoth() {
        assertFormat("duration", List.of("P3D", "PT4H", "P1Y2M3DT4H5M6S", "P2W"), List.of("P", "PT", "3D", "P1H", "PT1D"));
    }

    @Test
    void bytesAreBase64AndAJsonPointerEscapesItsTildes() {
        assertFormat("byte", List.of("aGk=", ""), List.of("a", "not base64!"));
        assertFormat("json-pointer", List.of("", "/a/b", "/a~1b/~0"), List.of("a", "/a~2"));
    }

    @Test
    void aFormatNoStandardNamesIsLeftToItsPattern() {
        assertEquals(Set.of(), messages(only("a-format-of-our-own", "anything at all")));
    }

    record Amounts(@MultipleOf("0.1") Double tenths, @MultipleOf("0.01") BigDecimal cents, @MultipleOf("2.5") Integer steps) {
    }

    @Test
    void aMultipleIsJudgedInDecimalNotBinaryArithmetic() {
        // In doubles, 0.3 % 0.1 is 0.09999999999999998: JSON Schema means the decimal numbers.
        assertEquals(Set.of(), messages(new Amounts(0.3, new BigDecimal("19.99"), 10)));
        assertEquals(Set.of(), messages(new Amounts(-0.7, new BigDecimal("-0.01"), 0)));
        assertEquals(Set.of("tenths must be a multiple of 0.1"), messages(new Amounts(0.35, null, null)));
        assertEquals(Set.of("cents must be a multiple of 0.01"), messages(new Amounts(null, new BigDecimal("1.005"), null)));
        assertEquals(Set.of("steps must be a multiple of 2.5"), messages(new Amounts(null, null, 11)));
    }

    enum Colour {
        RED("red"), DARK_GREEN("dark-green");

        private final String value;

        Colour(String value) {
            this.value = value;
        }

        @Override
        public String toString() {
            return value;
        }
    }

    record Choices(@AllowedValues({"red", "dark-green"}) String colour, @AllowedValues({"1", "2"}) Integer level,
                   @AllowedValues({"red", "dark-green"}) Colour generated,
                   @AllowedValues({"red", "dark-green"}) List<String> colours) {
    }

    @Test
    void anAllowedValueIsComparedAsItsText() {
        assertEquals(Set.of(), messages(new Choices("dark-green", 2, Colour.DARK_GREEN, List.of("red", "dark-green"))));
        assertEquals(Set.of("colour not one of the allowed values"), messages(new Choices("Red", null, null, null)));
        assertEquals(Set.of("level not one of the allowed values"), messages(new Choices(null, 3, null, null)));
    }

    @Test
    void aListIsAllowedWhenEachOfItsItemsIs() {
        assertEquals(Set.of("colours not one of the allowed values"),
                messages(new Choices(null, null, null, List.of("red", "blue"))));
        assertEquals(Set.of(), messages(new Choices(null, null, null, new ArrayList<>(Arrays.asList("red", null)))));
        assertEquals(Set.of(), messages(new Choices(null, null, null, List.of())));
    }

    record Listed(@ParameterItems(min = 2, max = 3) List<String> tags) {
    }

    @Test
    void aListParametersItemsAreCountedOnlyWhenItWasSent() {
        assertEquals(Set.of(), messages(new Listed(List.of())), "an empty list is the parameter's absence");
        assertEquals(Set.of(), messages(new Listed(null)));
        assertEquals(Set.of(), messages(new Listed(List.of("a", "b", "c"))));
        assertEquals(Set.of("tags size must be between 2 and 3"), messages(new Listed(List.of("a"))));
        assertEquals(Set.of("tags size must be between 2 and 3"), messages(new Listed(List.of("a", "b", "c", "d"))));
    }

    record Text(@Size(min = 1, max = 2) String text) {
    }

    @Test
    void aStringsSizeCountsCodePointsNotGraphemesNorUtf16Units() {
        assertEquals(Set.of(), messages(new Text("\uD83D\uDE00\uD83D\uDE00")), "two emoji: four UTF-16 units");
        assertEquals(Set.of(), messages(new Text("e\u0301")), "e and a combining accent: two code points");
        assertFalse(messages(new Text("e\u0301\u0301")).isEmpty(), "three code points, one grapheme");
        assertEquals(Set.of("text size must be between 1 and 2"), messages(new Text("")));
    }
}
