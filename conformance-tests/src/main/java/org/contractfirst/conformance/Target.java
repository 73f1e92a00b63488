package org.contractfirst.conformance;

import org.contractfirst.conformance.requests.Credentials;
import org.contractfirst.conformance.spec.ApiSpec;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * A server to check: its API's spec, its base URL (with the spec's base path), the credentials it accepts, values
 * the API cannot reveal by parameter or field name (a Unipile {@code account_id}; {@code <name>.<status>} for one
 * it answers with that status; {@code token.<status>} for a sandbox credential), whether destructive checks may run
 * against it, and whether it keeps state (a mock answering examples does not, so writes are not read back).
 */
public record Target(ApiSpec spec, URI baseUri, Credentials credentials, Map<String, String> fixtures,
                     boolean destructive, boolean stateless) {

    public Target {
        fixtures = Map.copyOf(fixtures);
    }

    public Optional<String> fixture(String name) {
        return Optional.ofNullable(fixtures.get(name));
    }
}
