package org.contractfirst.server.runtime.pipeline;

import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.DynamicFeature;
import org.glassfish.jersey.server.ResourceConfig;

import java.util.List;
import java.util.function.IntFunction;

/**
 * How a stage registers its providers, and the only place a filter gets its priority: the order of registration.
 * JAX-RS runs request filters from the lowest priority and response filters from the highest, so request filters
 * count up from 1 (Jersey takes a priority of 0 given at registration for none given, which is 5000) and response
 * filters down from {@link #FIRST_RESPONSE_FILTER}: each runs in the order registered.
 * (Whether a request filter runs before Jersey matches the request is its own {@code @PreMatching}.) Readers,
 * writers, interceptors and exception mappers are chosen by the type they handle, and keep the order registered.
 */
public final class Steps {

    /**
     * The priority of the first response filter. An implementation's own providers keep their {@code @Priority}
     * (by default {@code Priorities.USER}, 5000): its request filters run after the pipeline's, and its response
     * filters after the pipeline's too.
     */
    public static final int FIRST_RESPONSE_FILTER = 10_000;

    private final ResourceConfig resources;
    private int requestFilters = 1;
    private int responseFilters;

    public Steps(ResourceConfig resources) {
        this.resources = resources;
    }

    /** A request filter (or one that filters the response too: it is the last to see it), run after those before. */
    public Steps requestFilter(ContainerRequestFilter filter) {
        resources.register(filter, requestFilters++);
        return this;
    }

    /** A feature that adds a request filter to some resource methods, at the priority it is given here. */
    public Steps requestFilterPerMethod(IntFunction<? extends DynamicFeature> feature) {
        resources.register(feature.apply(requestFilters++));
        return this;
    }

    /** A response filter, run after the response filters registered before it. */
    public Steps responseFilter(ContainerResponseFilter filter) {
        resources.register(filter, FIRST_RESPONSE_FILTER - responseFilters++);
        return this;
    }

    /** A reader, writer, interceptor, converter, exception mapper or feature: an instance, or a class to make one of. */
    public Steps provider(Object provider) {
        if (provider instanceof Class<?> type) {
            resources.register(type);
        } else {
            resources.register(provider);
        }
        return this;
    }

    /** The resources that serve the operations. */
    public Steps resources(List<Object> instances) {
        instances.forEach(resources::registerInstances);
        return this;
    }

    /** A property of the server, such as one of Jersey's {@code ServerProperties}. */
    public Steps property(String name, Object value) {
        resources.property(name, value);
        return this;
    }
}
