package org.contractfirst.conformance.checks;

import com.fasterxml.jackson.databind.JsonNode;
import org.contractfirst.conformance.http.Exchange;
import org.contractfirst.conformance.requests.RunContext;
import org.contractfirst.conformance.spec.ApiSpec;
import org.contractfirst.conformance.spec.MediaType;
import org.contractfirst.conformance.spec.Operation;

import java.util.Optional;
import java.util.Set;

/**
 * The response's media type is one its status declares, and when the request's Accept is one range that names one
 * of the declared types, that is the type served. A body under a status that declares no content is a spec finding: OpenAPI
 * does not say such a response has no body.
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
    public Optional<String> verify(RunContext context, Recorder recorder, Operation operation, Exchange exchange, Intent intent) {
        Optional<JsonNode> documented = operation.response(exchange.status());
        if (documented.isEmpty() || exchange.request().method().equals("HEAD")) {
            return Optional.empty();
        }
        Set<String> declared = ApiSpec.fields(documented.get().path("content")).keySet();
        if (declared.isEmpty()) {
            // OpenAPI leaves a response without content undescribed, not empty: a body there is the spec's silence.
            if (exchange.hasBody()) {
                recorder.finding("responses-declare-their-content", operation, "answers " + exchange.status() + " with a"
                        + " body (" + exchange.contentType() + ") where the spec declares no content, so the body cannot"
                        + " be judged");
            }
            return Optional.empty();
        }
        if (!exchange.hasBody()) {
            return Optional.empty();
        }
        if (MediaTypes.matching(declared, exchange.mediaType()).isEmpty()) {
            return Optional.of("a Content-Type of " + declared + ", not '" + exchange.contentType() + "'");
        }
        // An Accept of several ranges, or weights, is content_negotiation's to judge.
        Optional<String> accept = exchange.request().header("Accept").filter(header -> !header.contains(","))
                .map(MediaType::essence);
        if (accept.isPresent() && declared.stream().map(MediaType::essence).anyMatch(accept.get()::equals)
                && !accept.get().equals(exchange.mediaType())) {
            return Optional.of("the media type the Accept header asks for: " + accept.get());
        }
        return Optional.empty();
    }
}
