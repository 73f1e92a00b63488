package org.contractfirst.conformance.checks;

import org.contractfirst.conformance.ApiSpec;
import org.contractfirst.conformance.Exchange;
import org.contractfirst.conformance.ResponseCheck;


import java.util.Optional;

/** Every header the response documents as required is sent. */
public final class ResponseHeadersConformance implements ResponseCheck {

    @Override
    public String name() {
        return "response_headers_conformance";
    }

    @Override
    public Optional<String> verify(ApiSpec spec, ApiSpec.Endpoint endpoint, Exchange exchange) {
        return spec.response(endpoint, exchange.status())
                .filter(response -> response.getHeaders() != null)
                .map(response -> response.getHeaders().entrySet().stream()
                        .filter(header -> Boolean.TRUE.equals(header.getValue().getRequired()))
                        .map(header -> header.getKey().toLowerCase())
                        .filter(header -> !exchange.headers().containsKey(header)).toList())
                .filter(missing -> !missing.isEmpty())
                .map(missing -> "the required headers " + missing);
    }

}
