package org.contractfirst.conformance.checks;

import io.swagger.v3.oas.models.responses.ApiResponse;
import org.contractfirst.conformance.ApiSpec;
import org.contractfirst.conformance.Exchange;
import org.contractfirst.conformance.ResponseCheck;

import java.util.Optional;
import java.util.Set;

/**
 * The response's media type is one its status declares (no body where none is declared), and when the request's
 * Accept names one of the declared types, that is the type served.
 */
public final class ContentTypeConformance implements ResponseCheck {

    @Override
    public String name() {
        return "content_type_conformance";
    }

    @Override
    public Optional<String> verify(ApiSpec spec, ApiSpec.Endpoint endpoint, Exchange exchange) {
        Optional<ApiResponse> documented = spec.response(endpoint, exchange.status());
        if (documented.isEmpty()) {
            return Optional.empty();
        }
        if (documented.get().getContent() == null || documented.get().getContent().isEmpty()) {
            return exchange.body().isEmpty() ? Optional.empty() : Optional.of("no body");
        }
        Set<String> declared = documented.get().getContent().keySet();
        if (declared.contains("*/*")) {
            return Optional.empty();
        }
        if (!declared.contains(exchange.mediaType())) {
            return Optional.of("a Content-Type of " + declared + ", not '" + exchange.contentType() + "'");
        }
        String accept = exchange.request().headers().get("Accept");
        if (accept != null && declared.contains(accept) && !accept.equals(exchange.mediaType())) {
            return Optional.of("the media type the Accept header asks for: " + accept);
        }
        return Optional.empty();
    }
}
