package org.contractfirst.conformance.checks;

import com.fasterxml.jackson.databind.JsonNode;
import org.contractfirst.conformance.Intent;
import org.contractfirst.conformance.ResponseCheck;
import org.contractfirst.conformance.Session;
import org.contractfirst.conformance.http.Exchange;
import org.contractfirst.conformance.spec.ApiSpec;
import org.contractfirst.conformance.spec.Operation;

import java.util.Optional;
import java.util.Set;

/**
 * The response's media type is one its status declares (no body where it declares none), and when the request's
 * Accept names exactly one of the declared types, that is the type served.
 */
public final class ContentTypeConformance implements ResponseCheck {

    @Override
    public String name() {
        return "content_type_conformance";
    }

    @Override
    public String code() {
        return "CF111";
    }

    @Override
    public Optional<String> verify(Session session, Operation operation, Exchange exchange, Intent intent) {
        Optional<JsonNode> documented = operation.response(exchange.status());
        if (documented.isEmpty() || exchange.request().method().equals("HEAD")) {
            return Optional.empty();
        }
        Set<String> declared = ApiSpec.fields(documented.get().path("content")).keySet();
        if (declared.isEmpty()) {
            return exchange.hasBody() ? Optional.of("no body") : Optional.empty();
        }
        if (!exchange.hasBody()) {
            return Optional.empty();
        }
        if (MediaTypes.matching(declared, exchange.mediaType()).isEmpty()) {
            return Optional.of("a Content-Type of " + declared + ", not '" + exchange.contentType() + "'");
        }
        Optional<String> accept = exchange.request().header("Accept").map(MediaTypes::essence);
        if (accept.isPresent() && declared.stream().map(MediaTypes::essence).anyMatch(accept.get()::equals)
                && !accept.get().equals(exchange.mediaType())) {
            return Optional.of("the media type the Accept header asks for: " + accept.get());
        }
        return Optional.empty();
    }
}
