package org.contractfirst.conformance.requests;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The credentials a run may send: one for every scheme, one per scheme by its name, and one per scheme and scope
 * ({@code oauth:READ_USER}) for checks that need a credential holding exactly that scope. HTTP basic credentials are
 * given as {@code user:password}.
 */
public record Credentials(Optional<String> any, Map<String, String> bySchemeOrScope) {

    public Credentials {
        bySchemeOrScope = Map.copyOf(bySchemeOrScope);
    }

    public static Credentials none() {
        return new Credentials(Optional.empty(), Map.of());
    }

    public static Credentials of(String credential) {
        return new Credentials(Optional.ofNullable(credential), Map.of());
    }

    /** Parses {@code TOKEN}, {@code scheme=TOKEN} or {@code scheme:scope=TOKEN} options, in order. */
    public static Credentials parse(List<String> options) {
        Optional<String> any = Optional.empty();
        Map<String, String> named = new LinkedHashMap<>();
        for (String option : options) {
            int equals = option.indexOf('=');
            if (equals <= 0) {
                any = Optional.of(option);
            } else {
                named.put(option.substring(0, equals), option.substring(equals + 1));
            }
        }
        return new Credentials(any, named);
    }

    /** The credential for a scheme: its own, else the one for every scheme. */
    public Optional<String> forScheme(String scheme) {
        return Optional.ofNullable(bySchemeOrScope.get(scheme)).or(() -> any);
    }

    /** A credential that holds {@code scope} of {@code scheme} (and, as far as the run knows, nothing more). */
    public Optional<String> forScope(String scheme, String scope) {
        return Optional.ofNullable(bySchemeOrScope.get(scheme + ":" + scope));
    }

    /** Every credential value, to keep out of reports. */
    public Collection<String> values() {
        List<String> values = new ArrayList<>(bySchemeOrScope.values());
        any.ifPresent(values::add);
        return values;
    }

    public Credentials with(String schemeOrScope, String credential) {
        Map<String, String> changed = new LinkedHashMap<>(bySchemeOrScope);
        changed.put(schemeOrScope, credential);
        return new Credentials(any, changed);
    }
}
