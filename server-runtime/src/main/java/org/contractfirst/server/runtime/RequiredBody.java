package org.contractfirst.server.runtime;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;

import java.util.Optional;

/**
 * An operation whose request body is {@code required} refuses a request without one, whatever the body's type: a
 * text or binary body would otherwise reach the implementation as empty, where only a JSON one is refused by its
 * model. It runs after authentication, so that a caller without credentials learns that first.
 */
@Priority(Priorities.USER)
final class RequiredBody implements ContainerRequestFilter {

    private final ServedSpec spec;
    private final ErrorShape errors;

    RequiredBody(ServedSpec spec, ErrorShape errors) {
        this.spec = spec;
        this.errors = errors;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Optional<String> operation = CurrentOperation.id();
        if (operation.isPresent() && !announcesBody(request)
                && spec.resolve(spec.operation(operation.get()).path("requestBody")).path("required").asBoolean(false)) {
            request.abortWith(errors.error(ErrorKind.INVALID_INPUT, "the request body is required"));
        }
    }

    /** Read from the framing headers: asking the stream whether it has an entity may wait for bytes never sent. */
    private static boolean announcesBody(ContainerRequestContext request) {
        String length = request.getHeaderString("Content-Length");
        return request.getHeaderString("Transfer-Encoding") != null
                || length != null && !length.trim().equals("0");
    }
}
