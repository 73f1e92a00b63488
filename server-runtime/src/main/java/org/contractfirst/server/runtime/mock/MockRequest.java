package org.contractfirst.server.runtime.mock;

import org.contractfirst.server.runtime.binding.Mappers;
import org.contractfirst.server.runtime.security.Caller;
import org.contractfirst.server.runtime.spec.CurrentOperation;
import org.contractfirst.server.runtime.spec.ServedSpec;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.PathSegment;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A request to a mock as the wire carried it, for a mock that keeps state: its path segments (decoded, below the
 * base path), its query, its JSON body as sent (a merge patch's {@code null}s kept, which the generated models drop)
 * or its form as JSON ({@link MockForms}), and who sent it. The mock reads it from the thread that serves the request
 * ({@link Capture}), so the generated mock's methods pass nothing but their result type.
 */
public record MockRequest(List<String> segments, Map<String, List<String>> query, Optional<JsonNode> body,
                          String mediaType, String subject, URI base) {

    private static final ThreadLocal<MockRequest> CURRENT = new ThreadLocal<>();
    private static final ObjectMapper JSON = Mappers.json();
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String MULTIPART = "multipart/form-data";

    static Optional<MockRequest> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** The first {@code count} segments as a path: {@code /users/7/orders}. */
    String path(int count) {
        return "/" + String.join("/", segments.subList(0, count));
    }

    /**
     * The value of the path parameter {@code name}, where it is a whole segment of the operation's path
     * {@code template} ({@code /users/{id}}); empty otherwise.
     */
    Optional<String> pathParameter(String template, String name) {
        List<String> names = List.of(template.replaceFirst("^/", "").split("/"));
        int at = names.indexOf("{" + name + "}");
        return at >= 0 && names.size() == segments.size() ? Optional.of(segments.get(at)) : Optional.empty();
    }

    /** The first value of a query parameter. */
    Optional<String> parameter(String name) {
        return Optional.ofNullable(query.get(name)).filter(values -> !values.isEmpty()).map(values -> values.get(0));
    }

    /**
     * Keeps each request for the thread that serves it, once it is authenticated (the caller is known) and has
     * passed the body limit; a JSON body is read here and handed on unchanged.
     */
    @Priority(Priorities.USER + 100)
    static final class Capture implements ContainerRequestFilter, ContainerResponseFilter {

        private final ServedSpec spec;

        Capture(ServedSpec spec) {
            this.spec = spec;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            String mediaType = request.getMediaType() == null ? ""
                    : (request.getMediaType().getType() + "/" + request.getMediaType().getSubtype()).toLowerCase(Locale.ROOT);
            Optional<JsonNode> body = Optional.empty();
            if (MockResources.isJson(mediaType) || mediaType.equals(FORM) || mediaType.equals(MULTIPART)) {
                byte[] bytes = bytes(request);
                request.setEntityStream(new ByteArrayInputStream(bytes));
                MediaType type = request.getMediaType();
                body = switch (mediaType) {
                    case FORM -> CurrentOperation.id().flatMap(operation -> MockForms.read(
                            new String(bytes, StandardCharsets.UTF_8), spec.schemas(), schema(operation, type)));
                    case MULTIPART -> CurrentOperation.id().filter(operation -> type.getParameters().containsKey("boundary"))
                            .flatMap(operation -> MockForms.readMultipart(bytes, type.getParameters().get("boundary"),
                                    spec.schemas(), schema(operation, type)));
                    default -> parsed(bytes);
                };
            }
            CURRENT.set(new MockRequest(request.getUriInfo().getPathSegments(true).stream().map(PathSegment::getPath)
                    .filter(segment -> !segment.isEmpty()).toList(), Map.copyOf(request.getUriInfo().getQueryParameters(true)),
                    body, mediaType, Caller.of(request.getSecurityContext()).subject(), request.getUriInfo().getBaseUri()));
        }

        private JsonNode schema(String operation, MediaType type) {
            return spec.requestSchema(operation, type).orElse(MissingNode.getInstance());
        }

        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            CURRENT.remove();
        }

        private static byte[] bytes(ContainerRequestContext request) {
            try {
                return request.getEntityStream().readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The body as JSON; empty where it is none, which the generated model's reader refuses in its own words. */
        private static Optional<JsonNode> parsed(byte[] bytes) {
            try {
                return bytes.length == 0 ? Optional.empty() : Optional.ofNullable(JSON.readTree(bytes));
            } catch (IOException unreadable) {
                return Optional.empty();
            }
        }
    }
}
