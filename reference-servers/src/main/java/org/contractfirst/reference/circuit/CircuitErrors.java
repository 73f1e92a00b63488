package org.contractfirst.reference.circuit;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.contractfirst.server.circuit.model.Error;
import org.contractfirst.server.runtime.ErrorKind;
import org.contractfirst.server.runtime.ErrorShape;

/**
 * Circuit's errors: {@code {code, message}} with the HTTP status as code. A body over the limit breaks a field
 * constraint (400): Circuit documents no 413. Failures it does not document (403, 429...) are its 500.
 */
public final class CircuitErrors implements ErrorShape {

    @Override
    public Response error(ErrorKind kind, String message) {
        int status = switch (kind) {
            case INVALID_INPUT, MALFORMED_INPUT, PAYLOAD_TOO_LARGE -> 400;
            case MISSING_CREDENTIALS, UNAUTHENTICATED -> 401;
            case NOT_FOUND -> 404;
            case URI_TOO_LONG -> 414;
            case HEADERS_TOO_LARGE -> 431;
            case METHOD_NOT_ALLOWED -> 405;
            case NOT_ACCEPTABLE -> 406;
            case UNSUPPORTED_MEDIA_TYPE -> 415;
            case INTERNAL, FORBIDDEN, RATE_LIMITED, NOT_IMPLEMENTED, UPSTREAM_TIMEOUT -> 500;
            case UNAVAILABLE -> 503;
        };
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(error(status, message)).build();
    }

    static Error error(int status, String message) {
        return new Error().code(status).message(message);
    }
}
