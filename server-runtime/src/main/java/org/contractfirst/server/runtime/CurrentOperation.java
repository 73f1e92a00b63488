package org.contractfirst.server.runtime;

import jakarta.annotation.Priority;
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
@Priority(-1)
public final class CurrentOperation implements ContainerRequestFilter, ContainerResponseFilter {

    private static final ThreadLocal<String> OPERATION = new ThreadLocal<>();

    private final ServedSpec spec;

    public CurrentOperation(ServedSpec spec) {
        this.spec = spec;
    }

    public static Optional<String> id() {
        return Optional.ofNullable(OPERATION.get());
    }

    @Override
    public void filter(ContainerRequestContext request) {
        OPERATION.set(spec.operationAt(request.getMethod(), "/" + request.getUriInfo().getPath(false)).orElse(null));
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        OPERATION.remove();
    }
}
