package org.contractfirst.server.runtime.binding;

import org.contractfirst.server.runtime.pipeline.ErrorKind;
import org.contractfirst.server.runtime.pipeline.ErrorShape;
import org.contractfirst.server.runtime.spec.CurrentOperation;
import org.contractfirst.server.runtime.spec.ServedSpec;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;

import java.util.Optional;

/**
 * An operation refuses a request without a query, header or cookie parameter it declares {@code required}, or without
 * its {@code required} request body, whatever their types: JAX-RS would hand the implementation a parameter's
 * {@code default} (meaningless on a required parameter, and common in published specs), an empty list for an absent
 * array, or an empty text or binary body, where only a JSON body is refused by its model. An empty form is no
 * missing body. It runs after authentication, so that a caller without credentials learns that first.
 */
public final class RequiredInput implements ContainerRequestFilter {

    private final ServedSpec spec;
    private final ErrorShape errors;

    public RequiredInput(ServedSpec spec, ErrorShape errors) {
        this.spec = spec;
        this.errors = errors;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Optional<String> operation = CurrentOperation.id();
        if (operation.isEmpty()) {
            return;
        }
        for (JsonNode parameter : spec.parameters(operation.get())) {
            if (parameter.path("required").asBoolean(false) && !present(request, parameter)) {
                request.abortWith(errors.error(ErrorKind.INVALID_INPUT, "the " + parameter.path("in").asText()
                        + " parameter " + parameter.path("name").asText() + " is required"));
                return;
            }
        }
        if (!announcesBody(request)
                && spec.resolve(spec.operation(operation.get()).path("requestBody")).path("required").asBoolean(false)) {
            request.abortWith(errors.error(ErrorKind.INVALID_INPUT, "the request body is required"));
        }
    }

    private static boolean present(ContainerRequestContext request, JsonNode parameter) {
        String name = parameter.path("name").asText();
        return switch (parameter.path("in").asText()) {
            case "query" -> request.getUriInfo().getQueryParameters().containsKey(name);
            case "header" -> request.getHeaderString(name) != null;
            case "cookie" -> request.getCookies().containsKey(name);
            default -> true;
        };
    }

    /**
     * Read from the framing headers: asking the stream whether it has an entity may wait for bytes never sent. An
     * empty form is a body: the form of an object without fields, as a schema with no required property allows.
     */
    private static boolean announcesBody(ContainerRequestContext request) {
        String length = request.getHeaderString("Content-Length");
        return request.getHeaderString("Transfer-Encoding") != null
                || length != null && !length.trim().equals("0")
                || jakarta.ws.rs.core.MediaType.APPLICATION_FORM_URLENCODED_TYPE.isCompatible(request.getMediaType());
    }
}
