package org.contractfirst.conformance.requests;

import org.contractfirst.conformance.requests.Credentials;
import org.contractfirst.conformance.spec.ApiSpec;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * A server to check: its API's spec, its base URL (with the spec's base path), the credentials it accepts, values
 * the API cannot reveal by parameter or field name (a Unipile {@code account_id}; {@code <name>.<status>} for one
 * it answers with that status; {@code token.<status>} for a sandbox credential), whether destructive checks may run
 * against it, whether it keeps state (a mock answering examples does not, so writes are not read back), and headers
 * the spec does not declare that every request carries (a gateway's key), kept as secret as the credentials.
 */
public record Target(ApiSpec spec, URI baseUri, Credentials credentials, Map<String, String> fixtures,
                     boolean destructive, boolean stateless, Map<String, String> headers) {

    public Target {
        fixtures = Map.copyOf(fixtures);
        headers = Map.copyOf(headers);
    }

    /** A target whose requests carry no header beyond those the spec declares. */
    public Target(ApiSpec spec, URI baseUri, Credentials credentials, Map<String, String> fixtures, boolean destructive,
                  boolean stateless) {
        this(spec, baseUri, credentials, fixtures, destructive, stateless, Map.of());
    }

    public Optional<String> fixture(String name) {
        return Optional.ofNullable(fixtures.get(name));
    }
}
