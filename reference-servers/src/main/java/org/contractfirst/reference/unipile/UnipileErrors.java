package org.contractfirst.reference.unipile;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.contractfirst.server.runtime.pipeline.ErrorKind;
import org.contractfirst.server.runtime.pipeline.ErrorShape;
import org.contractfirst.server.unipile.model.BadRequestResponse;
import org.contractfirst.server.unipile.model.ContentTooLargeResponse;
import org.contractfirst.server.unipile.model.ForbiddenResponse;
import org.contractfirst.server.unipile.model.GatewayTimeoutResponse;
import org.contractfirst.server.unipile.model.NotImplementedErrorResponse;
import org.contractfirst.server.unipile.model.ServiceUnavailableResponse;
import org.contractfirst.server.unipile.model.TooManyRequestsResponse;
import org.contractfirst.server.unipile.model.InternalServerErrorResponse;
import org.contractfirst.server.unipile.model.NotFoundResponse;
import org.contractfirst.server.unipile.model.RequestHeaderFieldsTooLargeResponse;
import org.contractfirst.server.unipile.model.UnauthorizedResponse;
import org.contractfirst.server.unipile.model.UnprocessableEntityResponseSchema;
import org.contractfirst.server.unipile.model.UnsupportedMediaTypeResponse;
import org.contractfirst.server.unipile.model.UriTooLongResponse;

import java.util.LinkedHashMap;
import java.util.Map;

/** Unipile's problem-style errors: {@code {title, detail, type, status}}, with the type the spec lists for each status. */
public final class UnipileErrors implements ErrorShape {

    @Override
    public Response error(ErrorKind kind, String message) {
        return switch (kind) {
            case INVALID_INPUT -> respond(400, badRequest(BadRequestResponse.TypeEnum.ERRORS_INVALID_PARAMETERS, message));
            case MALFORMED_INPUT -> respond(400, badRequest(BadRequestResponse.TypeEnum.ERRORS_MALFORMED_REQUEST, message));
            case MISSING_CREDENTIALS -> respond(401, unauthorized(UnauthorizedResponse.TypeEnum.ERRORS_MISSING_CREDENTIALS, message));
            case UNAUTHENTICATED -> respond(401, unauthorized(UnauthorizedResponse.TypeEnum.ERRORS_INVALID_CREDENTIALS, message));
            case NOT_FOUND -> respond(404, notFound(message));
            case PAYLOAD_TOO_LARGE -> respond(413, tooLarge(message));
            case URI_TOO_LONG -> respond(414, new UriTooLongResponse().title("URI Too Long").detail(message)
                    .type(UriTooLongResponse.TypeEnum.ERRORS_URI_TOO_LONG).status(UriTooLongResponse.StatusEnum.NUMBER_414));
            case HEADERS_TOO_LARGE -> respond(431, new RequestHeaderFieldsTooLargeResponse()
                    .title("Request Header Fields Too Large").detail(message)
                    .type(RequestHeaderFieldsTooLargeResponse.TypeEnum.ERRORS_REQUEST_HEADER_FIELDS_TOO_LARGE)
                    .status(RequestHeaderFieldsTooLargeResponse.StatusEnum.NUMBER_431));
            case UNSUPPORTED_MEDIA_TYPE -> respond(415, new UnsupportedMediaTypeResponse().title("Unsupported Media Type")
                    .detail(message).type(UnsupportedMediaTypeResponse.TypeEnum.ERRORS_UNSUPPORTED_MEDIA_TYPE)
                    .status(UnsupportedMediaTypeResponse.StatusEnum.NUMBER_415));
            case METHOD_NOT_ALLOWED -> respond(405, problem("Method Not Allowed", message, "errors/method_not_allowed", 405));
            case NOT_ACCEPTABLE -> respond(406, problem("Not Acceptable", message, "errors/not_acceptable", 406));
            case INTERNAL -> respond(500, new InternalServerErrorResponse().title("Internal Server Error").detail(message)
                    .type(InternalServerErrorResponse.TypeEnum.ERRORS_UNEXPECTED_ERROR)
                    .status(InternalServerErrorResponse.StatusEnum.NUMBER_500));
            case FORBIDDEN -> respond(403, new ForbiddenResponse().title("Forbidden").detail(message)
                    .type(ForbiddenResponse.TypeEnum.ERRORS_INSUFFICIENT_PERMISSIONS).status(ForbiddenResponse.StatusEnum.NUMBER_403));
            case RATE_LIMITED -> respond(429, new TooManyRequestsResponse().title("Too Many Requests").detail(message)
                    .type(TooManyRequestsResponse.TypeEnum.ERRORS_TOO_MANY_REQUESTS)
                    .status(TooManyRequestsResponse.StatusEnum.NUMBER_429));
            case NOT_IMPLEMENTED -> respond(501, new NotImplementedErrorResponse().title("Not Implemented").detail(message)
                    .type(NotImplementedErrorResponse.TypeEnum.ERRORS_FEATURE_NOT_IMPLEMENTED)
                    .status(NotImplementedErrorResponse.StatusEnum.NUMBER_501));
            case UNAVAILABLE -> respond(503, new ServiceUnavailableResponse().title("Service Unavailable").detail(message)
                    .type(ServiceUnavailableResponse.TypeEnum.ERRORS_SERVICE_UNAVAILABLE)
                    .status(ServiceUnavailableResponse.StatusEnum.NUMBER_503));
            case UPSTREAM_TIMEOUT -> respond(504, new GatewayTimeoutResponse().title("Gateway Timeout").detail(message)
                    .type(GatewayTimeoutResponse.TypeEnum.ERRORS_REQUEST_TIMEOUT)
                    .status(GatewayTimeoutResponse.StatusEnum.NUMBER_504));
        };
    }

    static BadRequestResponse badRequest(BadRequestResponse.TypeEnum type, String detail) {
        return new BadRequestResponse().title("Bad Request").detail(detail).type(type)
                .status(BadRequestResponse.StatusEnum.NUMBER_400);
    }

    static NotFoundResponse notFound(String detail) {
        return new NotFoundResponse().title("Not Found").detail(detail)
                .type(NotFoundResponse.TypeEnum.ERRORS_RESOURCE_NOT_FOUND).status(NotFoundResponse.StatusEnum.NUMBER_404);
    }

    static ContentTooLargeResponse tooLarge(String detail) {
        return new ContentTooLargeResponse().title("Content Too Large").detail(detail)
                .type(ContentTooLargeResponse.TypeEnum.ERRORS_CONTENT_TOO_LARGE)
                .status(ContentTooLargeResponse.StatusEnum.NUMBER_413);
    }

    static UnprocessableEntityResponseSchema invalidAccount(String detail) {
        return new UnprocessableEntityResponseSchema().title("Unprocessable Entity").detail(detail)
                .type(UnprocessableEntityResponseSchema.TypeEnum.ERRORS_INVALID_ACCOUNT)
                .status(UnprocessableEntityResponseSchema.StatusEnum.NUMBER_422);
    }

    private static UnauthorizedResponse unauthorized(UnauthorizedResponse.TypeEnum type, String detail) {
        return new UnauthorizedResponse().title("Unauthorized").detail(detail).type(type)
                .status(UnauthorizedResponse.StatusEnum.NUMBER_401);
    }

    /** 405 and 406 answer unknown routes, which no operation documents: the same shape, without a schema class. */
    private static Map<String, Object> problem(String title, String detail, String type, int status) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("detail", detail);
        body.put("type", type);
        body.put("status", status);
        return body;
    }

    private static Response respond(int status, Object body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}
