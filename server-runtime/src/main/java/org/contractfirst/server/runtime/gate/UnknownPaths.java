package org.contractfirst.server.runtime.gate;

import org.contractfirst.server.runtime.pipeline.ErrorKind;
import org.contractfirst.server.runtime.pipeline.ErrorShape;
import org.contractfirst.server.runtime.spec.CurrentOperation;
import org.contractfirst.server.runtime.spec.ServedSpec;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;

/**
 * Refuses a path that no path template of the spec matches exactly with the API's 404, before Jersey matches it:
 * Jersey would take {@code /me/} and {@code /me;x=1} for {@code /me}, and a PATCH there would write. It runs after
 * the gate's refusals, so that a URL that cannot be read is still answered as such.
 */
@PreMatching
public final class UnknownPaths implements ContainerRequestFilter {

    private final ServedSpec spec;
    private final ErrorShape errors;

    public UnknownPaths(ServedSpec spec, ErrorShape errors) {
        this.spec = spec;
        this.errors = errors;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        // An operation found for the request is on a path of the spec already: only a request for none is looked up.
        if (CurrentOperation.id().isEmpty() && CurrentOperation.path().flatMap(spec::operationOnPath).isEmpty()) {
            request.abortWith(errors.error(ErrorKind.NOT_FOUND, "no resource at " + CurrentOperation.path().orElse("/")));
        }
    }
}
