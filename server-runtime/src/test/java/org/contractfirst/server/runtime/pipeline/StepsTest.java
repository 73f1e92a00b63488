package org.contractfirst.server.runtime.pipeline;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import org.glassfish.jersey.internal.MapPropertiesDelegate;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.ContainerResponse;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@link Steps} alone gives filters their order: the order of registration. Small filters record the order they run
 * in, registered in an order that neither their names nor their classes would give.
 */
class StepsTest {

    /** What ran, in the order it ran, for one request. */
    private final List<String> ran = Collections.synchronizedList(new ArrayList<>());

    private abstract static class Recording implements ContainerRequestFilter, ContainerResponseFilter {
        private final List<String> ran;
        private final String name;

        Recording(List<String> ran, String name) {
            this.ran = ran;
            this.name = name;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            ran.add("request " + name);
        }

        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            ran.add("response " + name);
        }
    }

    /** A filter of responses only, as a stage's response filters are. */
    private abstract static class ResponseRecording implements ContainerResponseFilter {
        private final List<String> ran;
        private final String name;

        ResponseRecording(List<String> ran, String name) {
            this.ran = ran;
            this.name = name;
        }

        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            ran.add("response " + name);
        }
    }

    // Jersey registers a class once: each filter is a class of its own.
    private static final class Charlie extends Recording {
        Charlie(List<String> ran) {
            super(ran, "charlie");
        }
    }

    private static final class Alpha extends Recording {
        Alpha(List<String> ran) {
            super(ran, "alpha");
        }
    }

    private static final class Bravo extends Recording {
        Bravo(List<String> ran) {
            super(ran, "bravo");
        }
    }

    private static final class Zulu extends ResponseRecording {
        Zulu(List<String> ran) {
            super(ran, "zulu");
        }
    }

    private static final class Yankee extends ResponseRecording {
        Yankee(List<String> ran) {
            super(ran, "yankee");
        }
    }

    private static final class Xray extends ResponseRecording {
        Xray(List<String> ran) {
            super(ran, "xray");
        }
    }

    /** An implementation's own filter, registered as an implementation registers its providers: no priority given. */
    private static final class Own extends Recording {
        Own(List<String> ran) {
            super(ran, "own");
        }
    }

    @PreMatching
    private static final class Early extends Recording {
        Early(List<String> ran) {
            super(ran, "early");
        }
    }

    private static final class PerMethod implements ContainerRequestFilter {
        private final List<String> ran;

        PerMethod(List<String> ran) {
            this.ran = ran;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            ran.add("request per-method");
        }
    }

    /** Adds {@link PerMethod} to the resource method named {@code guarded} only, at the priority Steps gives it. */
    private static final class Guarding implements DynamicFeature {
        private final List<String> ran;
        private final int priority;

        Guarding(List<String> ran, int priority) {
            this.ran = ran;
            this.priority = priority;
        }

        @Override
        public void configure(ResourceInfo resource, FeatureContext context) {
            if (resource.getResourceMethod().getName().equals("guarded")) {
                context.register(new PerMethod(ran), priority);
            }
        }
    }

    @Path("/")
    @Produces("text/plain")
    public static final class Resource {
        private final List<String> ran;

        public Resource(List<String> ran) {
            this.ran = ran;
        }

        @GET
        @Path("guarded")
        public String guarded() {
            ran.add("resource");
            return "guarded";
        }

        @GET
        @Path("open")
        public String open() {
            ran.add("resource");
            return "open";
        }
    }

    private ApplicationHandler serve(java.util.function.Consumer<Steps> register) {
        ResourceConfig config = new ResourceConfig();
        Steps steps = new Steps(config);
        register.accept(steps);
        steps.resources(List.of(new Resource(ran)));
        return new ApplicationHandler(config);
    }

    private String get(ApplicationHandler handler, String path) {
        URI base = URI.create("http://localhost/");
        ContainerRequest request = new ContainerRequest(base, base.resolve(path), "GET", null,
                new MapPropertiesDelegate(), handler.getConfiguration());
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        try {
            ContainerResponse response = handler.apply(request, written).get(10, TimeUnit.SECONDS);
            assertEquals(200, response.getStatus(), written.toString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException("GET " + path + " was not answered", e);
        }
        return written.toString(StandardCharsets.UTF_8);
    }

    @Test
    void requestFiltersRunInTheOrderTheyWereRegistered() {
        ApplicationHandler handler = serve(steps -> steps.requestFilter(new Charlie(ran)).requestFilter(new Alpha(ran))
                .requestFilter(new Bravo(ran)));

        assertEquals("open", get(handler, "open"));
        assertEquals(List.of("request charlie", "request alpha", "request bravo", "resource"), requests(ran));
    }

    @Test
    void responseFiltersRunInTheOrderTheyWereRegisteredToo() {
        ApplicationHandler handler = serve(steps -> steps.responseFilter(new Zulu(ran)).responseFilter(new Xray(ran))
                .responseFilter(new Yankee(ran)));

        get(handler, "open");
        assertEquals(List.of("resource", "response zulu", "response xray", "response yankee"), ran);
    }

    @Test
    void aPerMethodFilterTakesThePlaceItWasRegisteredInAndOnlyOnItsMethods() {
        ApplicationHandler handler = serve(steps -> steps.requestFilter(new Bravo(ran))
                .requestFilterPerMethod(priority -> new Guarding(ran, priority)).requestFilter(new Alpha(ran)));

        get(handler, "guarded");
        List<String> guarded = requests(ran);
        ran.clear();
        get(handler, "open");

        assertEquals(List.of("request bravo", "request per-method", "request alpha", "resource"), guarded);
        assertEquals(List.of("request bravo", "request alpha", "resource"), requests(ran));
    }

    @Test
    void aRequestFilterThatFiltersTheResponseTooIsTheLastToSeeIt() {
        ApplicationHandler handler = serve(steps -> steps.requestFilter(new Charlie(ran)).responseFilter(new Zulu(ran))
                .responseFilter(new Yankee(ran)));

        get(handler, "open");

        assertEquals(List.of("request charlie", "resource", "response zulu", "response yankee", "response charlie"), ran);
    }

    @Test
    void anImplementationsOwnFiltersRunAfterThePipelinesBothWays() {
        ApplicationHandler handler = serve(steps -> steps.provider(new Own(ran)).requestFilter(new Alpha(ran))
                .responseFilter(new Zulu(ran)).requestFilter(new Bravo(ran)));

        get(handler, "open");

        assertEquals(List.of("request alpha", "request bravo", "request own", "resource", "response zulu",
                "response own", "response bravo", "response alpha"), ran);
    }

    @Test
    void aPreMatchingFilterRunsBeforeTheOthersWhateverItsPlace() {
        ApplicationHandler handler = serve(steps -> steps.requestFilter(new Alpha(ran)).requestFilter(new Early(ran))
                .requestFilter(new Charlie(ran)));

        get(handler, "open");

        assertEquals(List.of("request early", "request alpha", "request charlie", "resource"), requests(ran));
    }

    @Test
    void requestPrioritiesCountUpFromOneAndResponsePrioritiesDownFromTheFirstResponseFilter() {
        ResourceConfig config = new ResourceConfig();
        List<Integer> given = new ArrayList<>();
        new Steps(config).requestFilter(new Charlie(ran)).responseFilter(new Zulu(ran)).requestFilter(new Alpha(ran))
                .requestFilterPerMethod(priority -> {
                    given.add(priority);
                    return new Guarding(ran, priority);
                })
                .responseFilter(new Yankee(ran)).requestFilter(new Bravo(ran));

        assertEquals(1, priority(config, Charlie.class, ContainerRequestFilter.class));
        assertEquals(2, priority(config, Alpha.class, ContainerRequestFilter.class));
        assertEquals(List.of(3), given);
        assertEquals(4, priority(config, Bravo.class, ContainerRequestFilter.class));
        assertEquals(Steps.FIRST_RESPONSE_FILTER, priority(config, Zulu.class, ContainerResponseFilter.class));
        assertEquals(Steps.FIRST_RESPONSE_FILTER - 1, priority(config, Yankee.class, ContainerResponseFilter.class));
    }

    private static int priority(ResourceConfig config, Class<?> type, Class<?> contract) {
        return config.getConfiguration().getContracts(type).get(contract);
    }

    private static List<String> requests(List<String> ran) {
        return ran.stream().filter(step -> !step.startsWith("response ")).toList();
    }
}
