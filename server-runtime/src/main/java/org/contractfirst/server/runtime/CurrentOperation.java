package org.contractfirst.server.runtime;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;

import java.util.Optional;

/**
 * The operation the request on this thread was matched to, for an error shape that answers per operation (the
 * generated mock's documents each operation's own error statuses). Empty before matching, as for an unknown path.
 */
@Priority(Priorities.AUTHENTICATION - 100)
public final class CurrentOperation implements ContainerRequestFilter, ContainerResponseFilter {

    private static final ThreadLocal<String> OPERATION = new ThreadLocal<>();

    @Context
    private ResourceInfo resource;

    public static Optional<String> id() {
        return Optional.ofNullable(OPERATION.get());
    }

    @Override
    public void filter(ContainerRequestContext request) {
        OperationId operation = resource == null || resource.getResourceMethod() == null ? null
                : resource.getResourceMethod().getAnnotation(OperationId.class);
        OPERATION.set(operation == null ? null : operation.value());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        OPERATION.remove();
    }
}
