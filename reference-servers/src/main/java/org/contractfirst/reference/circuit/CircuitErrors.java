package org.contractfirst.reference.circuit;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.contractfirst.server.circuit.model.Error;
import org.contractfirst.server.runtime.pipeline.ErrorKind;
import org.contractfirst.server.runtime.pipeline.ErrorShape;

/**
 * Circuit's errors: {@code {code, message}} with the HTTP status as code. A body over the limit breaks a field
 * constraint (400): Circuit documents no 413. Failures it does not document (403, 429...) are its 500. A 503 says
 * when to try again.
 */
public final class CircuitErrors implements ErrorShape {

    /** When a 503 says to try again, as its documented {@code Retry-After} header. */
    static final int RETRY_AFTER_SECONDS = 120;

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
        Response.ResponseBuilder response = Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(error(status, message));
        return (status == 503 ? response.header("Retry-After", RETRY_AFTER_SECONDS) : response).build();
    }

    static Error error(int status, String message) {
        return new Error().code(status).message(message);
    }
}
