package org.contractfirst.server.runtime.security;

import org.contractfirst.server.runtime.pipeline.ErrorKind;
import java.util.Optional;

/** Tells who a credential belongs to, for one API; empty when the credential is unknown or no longer valid. */
@FunctionalInterface
public interface Authenticator {

    Optional<Caller> authenticate(String scheme, String credential);

    /**
     * The failure a sandbox credential stands for: like a payment sandbox's test cards, it makes every call fail
     * the way the spec documents the API can fail on its own (an outage, a rate limit), so that clients and the
     * conformance suite can exercise those answers. Empty for every other credential.
     */
    default Optional<ErrorKind> failure(String credential) {
        return Optional.empty();
    }
}
