package org.contractfirst.conformance.checks;

import org.contractfirst.conformance.spec.MediaType;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Media type ranges as responses declare them: {@code application/json}, {@code application/*}, {@code *}{@code /*}. */
final class MediaTypes {

    private MediaTypes() {
    }

    /** The declared type or range that {@code actual} falls under, the exact one first. */
    static Optional<String> matching(Collection<String> declared, String actual) {
        String type = actual.toLowerCase(Locale.ROOT);
        for (String candidate : declared) {
            if (specificity(MediaType.essence(candidate), type) == EXACT) {
                return Optional.of(candidate);
            }
        }
        for (String candidate : declared) {
            if (specificity(MediaType.essence(candidate), type) >= 0) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static final int EXACT = 2;

    /** How closely {@code range} names {@code type}: 2 as itself, 1 as {@code type/*}, 0 as {@code *}{@code /*}; -1 not at all. */
    private static int specificity(String range, String type) {
        return range.equals(type) ? EXACT : range.equals("*/*") ? 0
                : range.endsWith("/*") && type.startsWith(range.substring(0, range.length() - 1)) ? 1 : -1;
    }

    /**
     * The declared types an Accept header prefers (RFC 9110 §12.5.1): each declared type takes the weight of the most
     * specific range that matches it (a type before {@code type/*} before {@code *}{@code /*}), none where no range
     * does; the preferred are those of the highest weight above 0. Empty where the header accepts none of them, which
     * leaves the server free to answer as it will.
     */
    static Set<String> preferred(String accept, Collection<String> declared) {
        Set<String> preferred = new LinkedHashSet<>();
        BigDecimal best = BigDecimal.ZERO;
        for (String candidate : declared) {
            String type = MediaType.essence(candidate);
            if (type.contains("*")) {
                continue;
            }
            BigDecimal weight = weight(accept, type);
            int order = weight.compareTo(best);
            if (order > 0) {
                preferred.clear();
                best = weight;
            }
            if (order >= 0 && weight.signum() > 0) {
                preferred.add(type);
            }
        }
        return preferred;
    }

    /** The weight the header gives {@code type}: that of its most specific matching range; 0 where none matches. */
    private static BigDecimal weight(String accept, String type) {
        int specificity = -1;
        BigDecimal weight = BigDecimal.ZERO;
        for (String element : accept.split(",")) {
            int matched = specificity(MediaType.essence(element), type);
            if (matched > specificity) {
                specificity = matched;
                weight = quality(element);
            }
        }
        return weight;
    }

    /** An element's {@code q} parameter, 1 where it has none or an unreadable one. */
    private static BigDecimal quality(String element) {
        for (String parameter : element.split(";")) {
            String[] pair = parameter.trim().split("=", 2);
            if (pair.length == 2 && pair[0].trim().equalsIgnoreCase("q")) {
                try {
                    return new BigDecimal(pair[1].trim());
                } catch (NumberFormatException unreadable) {
                    return BigDecimal.ONE;
                }
            }
        }
        return BigDecimal.ONE;
    }
}
