package org.contractfirst.conformance;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * A server to check: its API's spec, its base URL, the credential it accepts (sent as the spec's security scheme
 * says), values the API cannot reveal (such as a Unipile account_id, by parameter name), and whether destructive
 * checks may run against it.
 */
public record Target(ApiSpec spec, URI baseUri, String credential, Map<String, String> fixtures, boolean destructive) {

    public Optional<String> fixture(String name) {
        return Optional.ofNullable(fixtures.get(name));
    }
}
