package org.contractfirst.values;

import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * A valid string for each format that JSON Schema and OpenAPI name, and a way to stretch it to a length without
 * leaving the format. Formats no standard names (a spec's own, such as {@code timezone}) have no sample: the
 * schema's pattern or examples must say what they allow.
 */
public final class Formats {

    /** A sample of each format; each can be made longer by repeating its last letter where {@link #stretch} says. */
    private static final Map<String, String> SAMPLES = Map.ofEntries(
            Map.entry("date-time", "2026-12-01T10:15:30Z"),
            Map.entry("date", "2026-12-01"),
            Map.entry("time", "10:15:30Z"),
            Map.entry("duration", "P3DT4H"),
            Map.entry("email", "ada@example.com"),
            Map.entry("idn-email", "ada@example.com"),
            Map.entry("hostname", "api.example.com"),
            Map.entry("idn-hostname", "api.example.com"),
            Map.entry("ipv4", "192.0.2.10"),
            Map.entry("ipv6", "2001:db8::10"),
            Map.entry("uri", "https://example.com/a"),
            Map.entry("uri-reference", "/a"),
            Map.entry("iri", "https://example.com/a"),
            Map.entry("iri-reference", "/a"),
            Map.entry("uri-template", "https://example.com/{id}"),
            Map.entry("url", "https://example.com/a"),
            Map.entry("uuid", "3f9c7a52-8d41-4b8e-9a43-6f1b2d7e5c10"),
            Map.entry("json-pointer", "/a"),
            Map.entry("relative-json-pointer", "0/a"),
            Map.entry("regex", "^a+$"),
            Map.entry("byte", "c2FtcGxl"),
            Map.entry("binary", "sample"),
            Map.entry("password", "s3cret-pass"));

    private static final java.util.Set<String> NUMBER_FORMATS = java.util.Set.of("int32", "int64", "float", "double");

    private Formats() {
    }

    /** A valid value of the format, if it is one the standards name. */
    public static Optional<String> sample(String format, Random random) {
        if (format == null) {
            return Optional.empty();
        }
        if (format.equals("uuid")) {
            long high = random.nextLong() & ~0xF000L | 0x4000L;
            long low = random.nextLong() & ~0xC000000000000000L | 0x8000000000000000L;
            return Optional.of(new java.util.UUID(high, low).toString());
        }
        return Optional.ofNullable(SAMPLES.get(format));
    }

    /** Whether the standards name the format: a string format of {@link #sample}, or a number's size. */
    public static boolean isKnown(String format) {
        return format != null && (SAMPLES.containsKey(format) || NUMBER_FORMATS.contains(format));
    }

    /**
     * The sample made {@code length} code points long without leaving its format, where the format has room to grow
     * (an address, a host, a path, free text); empty where its length is fixed or cannot reach {@code length}.
     */
    public static Optional<String> stretch(String format, String sample, int length) {
        int current = sample.codePointCount(0, sample.length());
        if (current == length) {
            return Optional.of(sample);
        }
        if (current > length) {
            return Optional.empty();
        }
        String padding = "a".repeat(length - current);
        return switch (format) {
            case "email", "idn-email" -> Optional.of(padding + sample);
            case "hostname", "idn-hostname" -> length - current <= 63 - 3 ? Optional.of(padding + sample) : Optional.empty();
            case "uri", "iri", "url", "uri-reference", "iri-reference", "json-pointer", "relative-json-pointer",
                    "binary", "password" -> Optional.of(sample + padding);
            case "byte" -> (length % 4 == 0) ? Optional.of("YWFh".repeat(length / 4)) : Optional.empty();
            default -> Optional.empty();
        };
    }
}
