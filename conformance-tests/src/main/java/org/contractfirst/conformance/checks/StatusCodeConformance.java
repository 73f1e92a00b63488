package org.contractfirst.conformance.checks;

import org.contractfirst.conformance.ApiSpec;
import org.contractfirst.conformance.Exchange;
import org.contractfirst.conformance.ResponseCheck;

import java.util.Optional;

/** The status is one the operation documents (or it documents a {@code default}). */
public final class StatusCodeConformance implements ResponseCheck {

    @Override
    public String name() {
        return "status_code_conformance";
    }

    @Override
    public Optional<String> verify(ApiSpec spec, ApiSpec.Endpoint endpoint, Exchange exchange) {
        return spec.response(endpoint, exchange.status()).isPresent() ? Optional.empty()
                : Optional.of("one of the documented statuses " + spec.responses(endpoint).keySet());
    }
}
