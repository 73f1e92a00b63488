package org.contractfirst.reference.bird;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.contractfirst.server.bird.model.Error;
import org.contractfirst.server.runtime.pipeline.ErrorKind;
import org.contractfirst.server.runtime.pipeline.ErrorShape;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Bird's errors: {@code {code, message, details}}; every kind of bad input is 422 "Request validation failed". */
public final class BirdErrors implements ErrorShape {

    private static final Pattern FIELD = Pattern.compile("([A-Za-z][A-Za-z0-9_.\\[\\]]*): (.+)");

    @Override
    public Response error(ErrorKind kind, String message) {
        return switch (kind) {
            case INVALID_INPUT, MALFORMED_INPUT -> respond(422, validationFailed(details(message)));
            case UNSUPPORTED_MEDIA_TYPE -> respond(415, error("unsupported_media_type", message));
            case PAYLOAD_TOO_LARGE -> respond(413, error("payload_too_large", message));
            case URI_TOO_LONG -> respond(414, error("uri_too_long", message));
            case HEADERS_TOO_LARGE -> respond(431, error("request_header_fields_too_large", message));
            case MISSING_CREDENTIALS, UNAUTHENTICATED -> respond(401, error("unauthorized", message));
            case NOT_FOUND -> respond(404, error("not_found", message));
            case METHOD_NOT_ALLOWED -> respond(405, error("method_not_allowed", message));
            case NOT_ACCEPTABLE -> respond(406, error("not_acceptable", message));
            case INTERNAL, FORBIDDEN, RATE_LIMITED, NOT_IMPLEMENTED, UNAVAILABLE, UPSTREAM_TIMEOUT ->
                    respond(500, error("internal_error", message));
        };
    }

    /**
     * The rejected fields, each with what is wrong with it, from the runtime's "field: reason; field: reason"; what
     * names no field (a body that is not JSON, a URL that cannot be read) is said of the {@code request}.
     */
    static Map<String, Object> details(String message) {
        Map<String, Object> details = new LinkedHashMap<>();
        for (String part : message.split("; ")) {
            Matcher field = FIELD.matcher(part);
            if (field.matches()) {
                details.merge(field.group(1), field.group(2), (a, b) -> a + "; " + b);
            } else {
                details.merge("request", part, (a, b) -> a + "; " + b);
            }
        }
        return details;
    }

    static Error validationFailed(Map<String, Object> details) {
        return error("validation_failed", "Request validation failed").details(details);
    }

    static Error error(String code, String message) {
        return new Error().code(code).message(message);
    }

    private static Response respond(int status, Error body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}
