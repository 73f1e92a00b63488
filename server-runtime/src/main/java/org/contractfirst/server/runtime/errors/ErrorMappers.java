package org.contractfirst.server.runtime.errors;

import org.contractfirst.server.runtime.pipeline.ErrorShape;
import org.contractfirst.server.runtime.pipeline.ErrorKind;


import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.glassfish.jersey.server.ParamException;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Turns every failure into the API's own error response ({@link ErrorShape}), never the container's default page:
 * constraint violations, unreadable bodies, JAX-RS's own 4xx (404, 405, 406, 415) and, last, anything unexpected.
 */
public final class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class.getName());

    private ErrorMappers() {
    }

    public static List<Object> all(ErrorShape errors) {
        return List.of(new Violations(errors), new Misconfigured(errors), new Json(errors), new Unreadable(errors),
                new Invalid(errors), new Parameters(errors), new Jaxrs(errors), new Unexpected(errors));
    }

    private record Violations(ErrorShape errors) implements ExceptionMapper<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException exception) {
            return errors.error(ErrorKind.INVALID_INPUT, describe(exception.getConstraintViolations()));
        }
    }

    /** A constraint that cannot be checked is the server's fault, not the request's. */
    private record Misconfigured(ErrorShape errors) implements ExceptionMapper<ValidationException> {
        @Override
        public Response toResponse(ValidationException exception) {
            LOG.log(Level.WARNING, "a constraint cannot be checked", exception);
            return errors.error(ErrorKind.INTERNAL, "unexpected error");
        }
    }

    private record Json(ErrorShape errors) implements ExceptionMapper<JsonProcessingException> {
        @Override
        public Response toResponse(JsonProcessingException exception) {
            return errors.error(ErrorKind.MALFORMED_INPUT, JsonErrors.describe(exception));
        }
    }

    private record Unreadable(ErrorShape errors) implements ExceptionMapper<BadRequestException> {
        @Override
        public Response toResponse(BadRequestException exception) {
            return errors.error(ErrorKind.MALFORMED_INPUT, exception.getMessage());
        }
    }

    private record Invalid(ErrorShape errors) implements ExceptionMapper<InvalidInputException> {
        @Override
        public Response toResponse(InvalidInputException exception) {
            return errors.error(ErrorKind.INVALID_INPUT, exception.getMessage());
        }
    }

    /**
     * A parameter whose text its Java type cannot take (a value outside an enum that is a component schema, which the
     * parameter's type is): bad input, named by the spec's name for it. JAX-RS answers such a query or path parameter
     * 404, as if the resource were missing, where the spec documents 400 for a value outside the enum.
     */
    private record Parameters(ErrorShape errors) implements ExceptionMapper<ParamException> {
        @Override
        public Response toResponse(ParamException exception) {
            // The first cause's message is often the root cause's class and message: the reason is the root's.
            Throwable root = exception;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            return errors.error(ErrorKind.INVALID_INPUT, exception.getParameterName() + ": "
                    + (root != exception && root.getMessage() != null ? root.getMessage() : "a value it cannot take"));
        }
    }

    private record Jaxrs(ErrorShape errors) implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException exception) {
            Response response = exception.getResponse();
            if (response.hasEntity()) {
                return response;
            }
            int status = response.getStatus();
            ErrorKind kind = switch (status) {
                case 401 -> ErrorKind.MISSING_CREDENTIALS;
                case 404 -> ErrorKind.NOT_FOUND;
                case 405 -> ErrorKind.METHOD_NOT_ALLOWED;
                case 406 -> ErrorKind.NOT_ACCEPTABLE;
                case 413 -> ErrorKind.PAYLOAD_TOO_LARGE;
                case 415 -> ErrorKind.UNSUPPORTED_MEDIA_TYPE;
                default -> status < 500 ? ErrorKind.MALFORMED_INPUT : ErrorKind.INTERNAL;
            };
            Throwable cause = exception.getCause();
            String message = cause instanceof JsonProcessingException json ? JsonErrors.describe(json)
                    : cause instanceof BadRequestException unreadable ? unreadable.getMessage()
                    : status == 404 ? "no such resource" : status == 405 ? "the method is not allowed here"
                    : status == 406 ? "none of the accepted media types can be served"
                    : status == 415 ? "the body's media type is not accepted here" : "the request cannot be read";
            Response mapped = errors.error(kind, message);
            return status == 405 && response.getAllowedMethods() != null
                    ? Response.fromResponse(mapped).allow(response.getAllowedMethods()).build() : mapped;
        }
    }

    private record Unexpected(ErrorShape errors) implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable exception) {
            if (exception.getCause() instanceof WebApplicationException wrapped) {
                return new Jaxrs(errors).toResponse(wrapped);
            }
            LOG.log(Level.WARNING, "unexpected failure", exception);
            return errors.error(ErrorKind.INTERNAL, "unexpected error");
        }
    }

    static String describe(Set<? extends ConstraintViolation<?>> violations) {
        return violations.stream().map(violation -> field(violation.getPropertyPath()) + ": " + violation.getMessage())
                .sorted().collect(Collectors.joining("; "));
    }

    /**
     * The field's path as the spec names it: without the Java method in front, and without the body parameter's
     * name when a field of the body is meant (a query or form parameter keeps its name, as {@link org.contractfirst.server.runtime.validation.SpecParameterNames}
     * gives it).
     */
    private static String field(Path path) {
        List<Path.Node> nodes = new ArrayList<>();
        path.forEach(nodes::add);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            Path.Node node = nodes.get(i);
            boolean bodyParameter = node.getKind() == ElementKind.PARAMETER && i + 1 < nodes.size();
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, RETURN_VALUE -> names.clear();
                default -> {
                    if (!bodyParameter) {
                        names.add(node.getName() == null ? "[" + node.getIndex() + "]" : node.getName());
                    }
                }
            }
        }
        return names.isEmpty() ? "body" : String.join(".", names);
    }
}
