package org.contractfirst.server.runtime.spec;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;

import java.util.Optional;

/**
 * The operation of the spec that the request on this thread is for, found by its method and path among the spec's
 * path templates before Jersey matches it, so that an error Jersey raises while matching (a 406, a 415) is known by
 * its operation too, and first, so that the other filters' refusals are. An error shape that answers per operation
 * reads it: the generated mock's does.
 */
@PreMatching
public final class CurrentOperation implements ContainerRequestFilter, ContainerResponseFilter {

    private static final ThreadLocal<String> OPERATION = new ThreadLocal<>();
    private static final ThreadLocal<String> PATH = new ThreadLocal<>();

    private final ServedSpec spec;

    public CurrentOperation(ServedSpec spec) {
        this.spec = spec;
    }

    public static Optional<String> id() {
        return Optional.ofNullable(OPERATION.get());
    }

    /**
     * The request's path below the base path: where its method names no operation (a 405), the operations of the
     * path still say what the API's errors look like there.
     */
    public static Optional<String> path() {
        return Optional.ofNullable(PATH.get());
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String path = "/" + request.getUriInfo().getPath(false);
        // A HEAD the spec does not describe is served by the GET of its path (RFC 9110 §9.3.2), as Jersey serves it.
        OPERATION.set(spec.operationAt(request.getMethod(), path)
                .or(() -> request.getMethod().equals("HEAD") ? spec.operationAt("GET", path) : Optional.empty())
                .orElse(null));
        PATH.set(path);
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        OPERATION.remove();
        PATH.remove();
    }
}
