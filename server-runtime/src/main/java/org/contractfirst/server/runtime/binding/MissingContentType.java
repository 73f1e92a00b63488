package org.contractfirst.server.runtime.binding;

import org.contractfirst.server.runtime.pipeline.ErrorKind;
import org.contractfirst.server.runtime.pipeline.ErrorShape;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.HttpHeaders;

import java.util.Arrays;

/**
 * A request without a Content-Type reaches a form or multipart operation as if it were one (JAX-RS matches it to any
 * {@code @Consumes}), and reading its fields then fails inside Jersey. Such a request is refused first, with the
 * API's answer to a body of the wrong media type.
 */
public final class MissingContentType implements DynamicFeature {

    private final ErrorShape errors;
    private final int priority;

    /** @param priority the place of its filter among the request filters, which the pipeline gives */
    public MissingContentType(ErrorShape errors, int priority) {
        this.errors = errors;
        this.priority = priority;
    }

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Consumes consumes = resource.getResourceMethod().getAnnotation(Consumes.class);
        if (consumes != null && Arrays.stream(consumes.value()).allMatch(type -> type.startsWith("application/x-www-form-urlencoded")
                || type.startsWith("multipart/"))) {
            context.register(new Filter(), priority);
        }
    }
    private final class Filter implements ContainerRequestFilter {
        @Override
        public void filter(ContainerRequestContext request) {
            if (request.getHeaderString(HttpHeaders.CONTENT_TYPE) == null) {
                request.abortWith(errors.error(ErrorKind.UNSUPPORTED_MEDIA_TYPE, "the body is missing or has no Content-Type"));
            }
        }
    }
}
