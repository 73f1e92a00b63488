package org.contractfirst.server.runtime;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/**
 * An API that speaks JSON and XML answers its errors in the one the request prefers, as it does its successes:
 * the error shapes build JSON, and this switches the body to XML when Accept ranks XML first. A 406 stays JSON:
 * it is sent because no type the request accepts can be served.
 */
@Priority(Priorities.HEADER_DECORATOR)
final class ErrorNegotiation implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() < 400 || response.getStatus() == 406 || !response.hasEntity()) {
            return;
        }
        for (MediaType accepted : request.getAcceptableMediaTypes()) {
            if (accepted.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return;
            }
            if (accepted.isCompatible(MediaType.APPLICATION_XML_TYPE)) {
                response.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_XML_TYPE);
                return;
            }
        }
    }
}
