package org.contractfirst.conformance.spec;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The size limits a spec states where it documents their refusal: the largest size in bytes, KiB or MiB that the
 * description of an operation's own 413, 414 or 431 names ("larger than 96 KiB (98304 bytes)"; of "a picture larger
 * than 5 MiB, or the whole body larger than 12 MiB", the whole body's), so that a request past it is past every limit
 * the text states. A refusal documented with no size states no limit: the server's may be any.
 */
public final class SizeLimits {

    private static final Pattern SIZE = Pattern.compile("(\\d[\\d,_]*)\\s*(bytes|byte|KiB|KB|kB|MiB|MB)\\b");

    private SizeLimits() {
    }

    /** The limit the operation's {@code status} answer states, in bytes. */
    public static Optional<Long> stated(Operation operation, int status) {
        if (!operation.documentsOwnCode(status)) {
            return Optional.empty();
        }
        Matcher size = SIZE.matcher(operation.response(status).orElseThrow().path("description").asText(""));
        Optional<Long> largest = Optional.empty();
        while (size.find()) {
            long bytes = bytes(Long.parseLong(size.group(1).replaceAll("[,_]", "")), size.group(2));
            largest = Optional.of(Math.max(bytes, largest.orElse(0L)));
        }
        return largest;
    }

    private static long bytes(long number, String unit) {
        return switch (unit.toLowerCase(Locale.ROOT)) {
            case "kib", "kb" -> number * 1024;
            case "mib", "mb" -> number * 1024 * 1024;
            default -> number;
        };
    }
}
