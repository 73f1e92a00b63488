package org.contractfirst.reference.zitadel;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.contractfirst.server.runtime.pipeline.ErrorKind;
import org.contractfirst.server.runtime.pipeline.ErrorShape;
import org.contractfirst.server.zitadel.model.ProtobufAny;
import org.contractfirst.server.zitadel.model.RpcStatus;

import java.util.List;

/**
 * ZITADEL's errors: a google.rpc.Status whose gRPC code the gateway maps to the HTTP status. Every kind of bad input
 * is InvalidArgument (3, HTTP 400), as the gateway answers what it cannot unmarshal or validate.
 */
public final class ZitadelErrors implements ErrorShape {

    static final int INVALID_ARGUMENT = 3;
    static final int FAILED_PRECONDITION = 9;
    static final int UNAUTHENTICATED = 16;

    @Override
    public Response error(ErrorKind kind, String message) {
        return switch (kind) {
            case INVALID_INPUT, MALFORMED_INPUT, UNSUPPORTED_MEDIA_TYPE, PAYLOAD_TOO_LARGE, NOT_ACCEPTABLE ->
                    respond(400, status(INVALID_ARGUMENT, message));
            case URI_TOO_LONG -> respond(414, status(INVALID_ARGUMENT, message));
            case HEADERS_TOO_LARGE -> respond(431, status(INVALID_ARGUMENT, message));
            case MISSING_CREDENTIALS, UNAUTHENTICATED -> respond(401, status(UNAUTHENTICATED, message));
            case NOT_FOUND -> respond(404, status(5, message));
            case METHOD_NOT_ALLOWED -> respond(405, status(12, message));
            case INTERNAL, FORBIDDEN, RATE_LIMITED, NOT_IMPLEMENTED, UPSTREAM_TIMEOUT -> respond(500, status(13, message));
            case UNAVAILABLE -> respond(503, status(14, message));
        };
    }

    static RpcStatus status(int code, String message) {
        return new RpcStatus().code(code).message(message).details(List.of());
    }

    /** ZITADEL's own error: its message key and id, as a zitadel.v1.ErrorDetail. */
    static RpcStatus zitadelError(int code, String key, String id) {
        ProtobufAny detail = new ProtobufAny().atType("type.googleapis.com/zitadel.v1.ErrorDetail");
        detail.putAdditionalProperty("id", id);
        detail.putAdditionalProperty("message", key);
        return new RpcStatus().code(code).message(key + " (" + id + ")").details(List.of(detail));
    }

    private static Response respond(int status, RpcStatus body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}
