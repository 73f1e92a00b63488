package org.contractfirst.server.runtime;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;

/** For an API with one response media type and no documented 406: every Accept gets that media type. */
@PreMatching
public final class IgnoreAccept implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        request.getHeaders().remove(HttpHeaders.ACCEPT);
    }
}
