package org.contractfirst.server.runtime;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.contractfirst.server.runtime.pipeline.ErrorShape;
import org.contractfirst.server.runtime.pipeline.Stage;
import org.contractfirst.server.runtime.pipeline.Steps;
import org.contractfirst.server.runtime.spec.CurrentOperation;
import org.contractfirst.server.runtime.spec.ServedSpec;
import org.glassfish.jersey.internal.MapPropertiesDelegate;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.ContainerResponse;
import org.glassfish.jersey.server.ResourceConfig;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Some stages of the pipeline served in memory by Jersey, without HTTP and without the others: a stage tested on its
 * own. The request's operation is noted first, as the pipeline notes it; the resources are the test's own.
 */
public final class StageHarness {

    /** An error shape answering each kind with its usual status, and the kind's name and the message as JSON. */
    public static final ErrorShape USUAL_ERRORS = (kind, message) -> Response.status(kind.usualStatus())
            .type(MediaType.APPLICATION_JSON_TYPE).entity(Map.of("kind", kind.name(), "message", message)).build();

    private final ApplicationHandler handler;
    private final URI base;

    private StageHarness(ApplicationHandler handler, URI base) {
        this.handler = handler;
        this.base = base;
    }

    /**
     * {@code stages}, in the order given, in front of {@code resources}, for the spec's base path. JSON is written as
     * the binding stage writes it, so that a resource's answer is read the same with or without that stage.
     */
    public static StageHarness of(ServedSpec spec, List<Object> resources, Stage... stages) {
        ResourceConfig config = new ResourceConfig().register(JacksonFeature.withoutExceptionMappers());
        Steps steps = new Steps(config).requestFilter(new CurrentOperation(spec));
        for (Stage stage : stages) {
            stage.register(steps);
        }
        steps.resources(resources);
        return new StageHarness(new ApplicationHandler(config),
                URI.create("http://localhost" + spec.localServer().basePath() + "/"));
    }

    public Request request(String method, String path) {
        return new Request(method, path);
    }

    /** What the stages answered: its status, headers and body as written. */
    public record Answer(int status, Map<String, List<String>> headers, String body) {

        public String header(String name) {
            return headers.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .map(entry -> String.join(", ", entry.getValue())).findFirst().orElse(null);
        }
    }

    public final class Request {
        private final String method;
        private final String path;
        private final Map<String, List<String>> headers = new LinkedHashMap<>();
        private byte[] body;

        private Request(String method, String path) {
            this.method = method;
            this.path = path;
        }

        public Request header(String name, String value) {
            headers.computeIfAbsent(name, ignored -> new ArrayList<>()).add(value);
            return this;
        }

        /** A body with its Content-Type and Content-Length, as a client sends one. */
        public Request body(String contentType, String text) {
            header("Content-Type", contentType);
            body = text.getBytes(StandardCharsets.UTF_8);
            return header("Content-Length", String.valueOf(body.length));
        }

        /** A body of raw bytes, with its Content-Type and Content-Length. */
        public Request body(String contentType, byte[] bytes) {
            header("Content-Type", contentType);
            body = bytes.clone();
            return header("Content-Length", String.valueOf(body.length));
        }

        /** A body of raw bytes whose length is not told beforehand, as a chunked body is sent. */
        public Request streamed(String contentType, byte[] bytes) {
            header("Content-Type", contentType);
            body = bytes.clone();
            return this;
        }

        public Answer send() {
            ContainerRequest request = new ContainerRequest(base, base.resolve(path.startsWith("/") ? path.substring(1) : path),
                    method, anonymous(), new MapPropertiesDelegate(), handler.getConfiguration());
            headers.forEach((name, values) -> values.forEach(value -> request.header(name, value)));
            if (body != null) {
                request.setEntityStream(new ByteArrayInputStream(body));
            }
            ByteArrayOutputStream written = new ByteArrayOutputStream();
            try {
                ContainerResponse response = handler.apply(request, written).get(10, TimeUnit.SECONDS);
                Map<String, List<String>> answered = new LinkedHashMap<>();
                response.getStringHeaders().forEach((name, values) -> answered.put(name, List.copyOf(values)));
                return new Answer(response.getStatus(), answered, written.toString(StandardCharsets.UTF_8));
            } catch (Exception e) {
                throw new IllegalStateException(method + " " + path + " was not answered", e);
            }
        }
    }

    private static SecurityContext anonymous() {
        return new SecurityContext() {
            @Override
            public Principal getUserPrincipal() {
                return null;
            }

            @Override
            public boolean isUserInRole(String role) {
                return false;
            }

            @Override
            public boolean isSecure() {
                return false;
            }

            @Override
            public String getAuthenticationScheme() {
                return null;
            }
        };
    }
}
