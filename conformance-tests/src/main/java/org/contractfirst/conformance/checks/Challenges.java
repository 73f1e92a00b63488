package org.contractfirst.conformance.checks;

import org.contractfirst.conformance.spec.ApiSpec;
import org.contractfirst.conformance.spec.Operation;
import org.contractfirst.conformance.spec.SecurityScheme;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The challenges of {@code WWW-Authenticate} values (RFC 9110 §11.6.1: {@code auth-scheme [ token68 / auth-params ]},
 * comma-separated, as are their parameters) held against the schemes an operation's security accepts: Bearer for
 * OAuth 2 and OpenID Connect (RFC 6750), the HTTP scheme's own name otherwise. An API key names no standard
 * scheme, so an operation that accepts one accepts any challenge.
 */
final class Challenges {

    private static final Pattern ELEMENT_START = Pattern.compile("^([!#$%&'*+.^_`|~0-9A-Za-z-]+)(\\s*=)?");

    private Challenges() {
    }

    /** What a 401 should have challenged with, when its challenges name no accepted scheme; empty when they do. */
    static Optional<String> unaccepted(ApiSpec spec, Operation operation, List<String> values) {
        if (values.isEmpty()) {
            return Optional.empty();
        }
        Set<String> accepted = new TreeSet<>();
        for (var requirement : operation.security()) {
            for (String name : requirement.keySet()) {
                Optional<SecurityScheme> scheme = spec.securityScheme(name);
                if (scheme.isEmpty() || scheme.get().isApiKey() || scheme.get().authorizationWord().isEmpty()) {
                    return Optional.empty();
                }
                accepted.add(scheme.get().authorizationWord().toLowerCase(Locale.ROOT));
            }
        }
        List<String> named = schemes(values);
        if (accepted.isEmpty() || named.stream().anyMatch(accepted::contains)) {
            return Optional.empty();
        }
        return Optional.of("WWW-Authenticate challenging with a scheme the operation accepts, " + accepted
                + ", not '" + String.join(", ", values) + "'");
    }

    /** The auth-schemes the values challenge with, lower case. */
    static List<String> schemes(List<String> values) {
        List<String> schemes = new ArrayList<>();
        for (String value : values) {
            for (String element : elements(value)) {
                Matcher start = ELEMENT_START.matcher(element);
                // A token followed by '=' is a parameter of the challenge before it; any other token starts one.
                if (start.find() && start.group(2) == null) {
                    schemes.add(start.group(1).toLowerCase(Locale.ROOT));
                }
            }
        }
        return schemes;
    }

    /** The value split at the commas outside quoted strings, each part trimmed. */
    private static List<String> elements(String value) {
        List<String> elements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && quoted && i + 1 < value.length()) {
                current.append(c).append(value.charAt(++i));
                continue;
            }
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                elements.add(current.toString().trim());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        elements.add(current.toString().trim());
        return elements;
    }
}
