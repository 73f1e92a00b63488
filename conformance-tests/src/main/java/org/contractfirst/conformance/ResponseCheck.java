package org.contractfirst.conformance;

import java.util.Optional;

/** A check of every response an operation gives, whichever check's request it answers. */
public interface ResponseCheck extends Check {

    /** Empty when the exchange conforms; else what the spec expected instead. */
    Optional<String> verify(ApiSpec spec, ApiSpec.Endpoint endpoint, Exchange exchange);

    /** Whether the check also judges failures a request provoked on purpose, with a sandbox credential. */
    default boolean judgesProvokedFailures() {
        return true;
    }
}
