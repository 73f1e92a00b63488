package org.contractfirst.conformance.checks;

import org.contractfirst.conformance.spec.MediaType;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Media type ranges as responses declare them: {@code application/json}, {@code application/*}, {@code *}{@code /*}. */
final class MediaTypes {

    private MediaTypes() {
    }

    /** The declared type or range that {@code actual} falls under, the exact one first. */
    static Optional<String> matching(Collection<String> declared, String actual) {
        String type = actual.toLowerCase(Locale.ROOT);
        for (String candidate : declared) {
            if (MediaType.essence(candidate).equals(type)) {
                return Optional.of(candidate);
            }
        }
        for (String candidate : declared) {
            String range = MediaType.essence(candidate);
            if (range.equals("*/*") || range.endsWith("/*") && type.startsWith(range.substring(0, range.length() - 1))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
