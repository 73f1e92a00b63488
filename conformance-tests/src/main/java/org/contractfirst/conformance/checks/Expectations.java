package org.contractfirst.conformance.checks;

import org.contractfirst.conformance.ApiSpec;
import org.contractfirst.conformance.Exchange;

import java.util.Optional;

/** Judgements the scenario checks share: a documented success, a documented client error. */
final class Expectations {

    private Expectations() {
    }

    static Optional<String> success(Exchange exchange) {
        return exchange.status() >= 200 && exchange.status() < 300 ? Optional.empty() : Optional.of("a 2xx");
    }

    static Optional<String> documentedClientError(ApiSpec spec, ApiSpec.Endpoint endpoint, Exchange exchange) {
        boolean clientError = exchange.status() >= 400 && exchange.status() < 500;
        return clientError && spec.response(endpoint, exchange.status()).isPresent() ? Optional.empty()
                : Optional.of("a documented 4xx of " + spec.responses(endpoint).keySet());
    }
}
