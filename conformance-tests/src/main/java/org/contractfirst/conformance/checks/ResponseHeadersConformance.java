package org.contractfirst.conformance.checks;

import org.contractfirst.conformance.Intent;
import org.contractfirst.conformance.ResponseCheck;
import org.contractfirst.conformance.Session;
import org.contractfirst.conformance.http.Exchange;
import org.contractfirst.conformance.spec.ApiSpec;
import org.contractfirst.conformance.spec.Operation;

import java.util.List;
import java.util.Optional;

/** Every header the response documents as required is sent. */
public final class ResponseHeadersConformance implements ResponseCheck {

    @Override
    public String name() {
        return "response_headers_conformance";
    }

    @Override
    public Optional<String> verify(Session session, Operation operation, Exchange exchange, Intent intent) {
        return operation.response(exchange.status()).map(response -> ApiSpec.fields(response.path("headers")))
                .map(headers -> headers.entrySet().stream()
                        .filter(header -> !header.getKey().equalsIgnoreCase("Content-Type"))
                        .filter(header -> session.spec().resolve(header.getValue()).path("required").asBoolean(false))
                        .map(header -> header.getKey())
                        .filter(header -> exchange.header(header).isEmpty()).toList())
                .filter(missing -> !missing.isEmpty())
                .map((List<String> missing) -> "the required headers " + missing);
    }
}
