package org.contractfirst.conformance.checks;

import org.contractfirst.conformance.ApiSpec;
import org.contractfirst.conformance.Exchange;
import org.contractfirst.conformance.ResponseCheck;

import java.util.Optional;

/** No request, valid or not, makes the server fail (5xx). */
public final class NotAServerError implements ResponseCheck {

    @Override
    public String name() {
        return "not_a_server_error";
    }

    @Override
    public Optional<String> verify(ApiSpec spec, ApiSpec.Endpoint endpoint, Exchange exchange) {
        return exchange.status() >= 500 ? Optional.of("a status below 500") : Optional.empty();
    }

    /** An outage a sandbox credential asks for is the answer wanted, not a fault. */
    @Override
    public boolean judgesProvokedFailures() {
        return false;
    }
}
