package org.contractfirst.server.runtime.routing;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * For an API with one response media type and no documented 406: every Accept gets that media type. In an API that
 * negotiates, an OPTIONS still ignores it: its answer is the {@code Allow} list in text, which no Accept should turn
 * into an empty body labelled JSON.
 */
@PreMatching
public final class IgnoreAccept implements ContainerRequestFilter {

    private final boolean onlyOptions;

    private IgnoreAccept(boolean onlyOptions) {
        this.onlyOptions = onlyOptions;
    }

    public static IgnoreAccept always() {
        return new IgnoreAccept(false);
    }

    public static IgnoreAccept ofOptions() {
        return new IgnoreAccept(true);
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (!onlyOptions || request.getMethod().equals("OPTIONS")) {
            request.getHeaders().remove(HttpHeaders.ACCEPT);
        }
    }
}
