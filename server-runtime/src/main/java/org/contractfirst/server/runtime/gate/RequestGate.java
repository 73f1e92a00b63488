package org.contractfirst.server.runtime.gate;

import org.contractfirst.server.runtime.pipeline.ErrorKind;
import org.contractfirst.server.runtime.pipeline.ErrorShape;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import org.glassfish.grizzly.http.HttpRequestPacket;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;
import org.glassfish.grizzly.http.server.util.MappingData;

import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one Grizzly handler of an API, in front of Jersey. It checks what no resource parses itself, the URL and the
 * header values ({@link RequestSyntax}), and that the path is under the API's base path. A request that fails is
 * handed to Jersey rewritten to the base path, carrying its refusal, which {@link Refusals} answers in the API's
 * error shape and media type before anything else runs; so it reaches no operation and changes nothing. Grizzly's
 * own decoding and mapping of paths, whose failures were bare 500s and HTML pages with a stack trace, is not used.
 */
public final class RequestGate extends HttpHandler {

    private static final Logger LOG = Logger.getLogger(RequestGate.class.getName());
    private static final String REFUSAL = RequestGate.class.getName() + ".refusal";

    private record Refusal(ErrorKind kind, String message) {
    }

    private final HttpHandler jersey;
    private final String basePath;
    private final ErrorShape errors;
    private final ObjectMapper json;

    public RequestGate(HttpHandler jersey, String basePath, ErrorShape errors, ObjectMapper json) {
        this.jersey = jersey;
        this.basePath = basePath;
        this.errors = errors;
        this.json = json;
    }

    @Override
    public void start() {
        jersey.start();
    }

    @Override
    public void destroy() {
        jersey.destroy();
    }

    @Override
    public void service(Request request, Response response) throws Exception {
        HttpRequestPacket packet = request.getRequest();
        RequestSyntax.Checked path = RequestSyntax.path(packet.getRequestURI());
        RequestSyntax.Checked query = RequestSyntax.query(packet.getQueryString());
        Optional<Refusal> refusal = !path.readable() ? Optional.of(new Refusal(ErrorKind.MALFORMED_INPUT, path.problem()))
                : !query.readable() ? Optional.of(new Refusal(ErrorKind.MALFORMED_INPUT, query.problem()))
                : headerProblem(request).map(problem -> new Refusal(ErrorKind.MALFORMED_INPUT, problem))
                .or(() -> underBasePath(path.url()) ? Optional.empty()
                        : Optional.of(new Refusal(ErrorKind.NOT_FOUND, "no such resource")));
        if (refusal.isPresent()) {
            request.setAttribute(REFUSAL, refusal.get());
            packet.setRequestURI(basePath + "/");
            packet.setQueryString(null);
        } else {
            packet.setRequestURI(path.url());
            packet.setQueryString(query.url());
        }
        MappingData mapping = new MappingData();
        mapping.contextPath.setString(basePath);
        updatePaths(request, mapping);
        try {
            jersey.service(request, response);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "unexpected failure", e);
            answer(response, errors.error(ErrorKind.INTERNAL, "unexpected error"));
        }
    }

    private static Optional<String> headerProblem(Request request) {
        for (String name : request.getHeaderNames()) {
            for (String value : request.getHeaders(name)) {
                Optional<String> problem = RequestSyntax.header(name, value);
                if (problem.isPresent()) {
                    return problem;
                }
            }
        }
        return Optional.empty();
    }

    private boolean underBasePath(String path) {
        return basePath.isEmpty() || path.equals(basePath) || path.startsWith(basePath + "/");
    }

    /** The last resort, when Jersey itself failed: the API's error, in JSON, never Grizzly's page. */
    private void answer(Response response, jakarta.ws.rs.core.Response error) throws java.io.IOException {
        if (response.isCommitted()) {
            return;
        }
        response.reset();
        response.setStatus(error.getStatus());
        response.setContentType("application/json");
        byte[] body = json.writeValueAsBytes(error.getEntity());
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** Answers a request the gate refused, first of all filters, in the API's error shape. */
    @PreMatching
    public static final class Refusals implements ContainerRequestFilter {

        private final ErrorShape errors;

        public Refusals(ErrorShape errors) {
            this.errors = errors;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            if (request.getProperty(REFUSAL) instanceof Refusal refusal) {
                request.abortWith(errors.error(refusal.kind(), refusal.message()));
            }
        }
    }
}
