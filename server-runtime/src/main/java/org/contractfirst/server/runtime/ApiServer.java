package org.contractfirst.server.runtime;

import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.http.server.ServerConfiguration;
import org.glassfish.grizzly.utils.DelayedExecutor;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpContainer;
import org.glassfish.jersey.server.ContainerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One API served by Jersey on Grizzly, on the base path of its spec's local server: bound to 127.0.0.1 unless told
 * another address (0.0.0.0 in a container); port 0 picks a free port.
 */
public final class ApiServer implements AutoCloseable {

    /**
     * Loggers whose messages are noise on every start, held here so that their levels are not collected: Jersey warns
     * that a resource registered as an instance "will be ignored" as a provider, and serves it as a resource all the
     * same; Hibernate Validator announces its version (as "null" from a shaded jar); Grizzly announces each listener
     * and server it starts, which the launcher says better. Their warnings and errors still show.
     */
    private static final List<Logger> QUIET = List.of(
            quiet("org.glassfish.jersey.internal.inject.Providers", Level.SEVERE),
            quiet("org.hibernate.validator.internal.util.Version", Level.WARNING),
            quiet("org.glassfish.grizzly.http.server.NetworkListener", Level.WARNING),
            quiet("org.glassfish.grizzly.http.server.HttpServer", Level.WARNING));

    private static Logger quiet(String name, Level level) {
        Logger logger = Logger.getLogger(name);
        logger.setLevel(level);
        return logger;
    }

    private final ApiDefinition definition;
    private final ApiImplementation implementation;
    private final String host;
    private final String basePath;
    private final HttpServer server;
    private final DelayedExecutor keepAliveTimer;

    private ApiServer(ApiDefinition definition, ApiImplementation implementation, String host, String basePath,
                      HttpServer server, DelayedExecutor keepAliveTimer) {
        this.definition = definition;
        this.implementation = implementation;
        this.host = host;
        this.basePath = basePath;
        this.server = server;
        this.keepAliveTimer = keepAliveTimer;
    }

    /** Serves the API on 127.0.0.1. */
    public static ApiServer start(ApiDefinition definition, ApiImplementation implementation, int port) {
        return start(definition, implementation, "127.0.0.1", port);
    }

    /** Serves the API on the address {@code host} (a name or an IP address; 0.0.0.0 for every interface). */
    public static ApiServer start(ApiDefinition definition, ApiImplementation implementation, String host, int port) {
        if (!definition.implementationType().isInstance(implementation)) {
            throw new IllegalArgumentException(implementation.getClass().getName() + " does not implement "
                    + definition.implementationType().getName());
        }
        Pipeline pipeline = Pipeline.of(definition, implementation);
        String basePath = pipeline.gate().basePath();
        DelayedExecutor keepAliveTimer = new DelayedExecutor(Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, definition.name() + "-keep-alive");
            thread.setDaemon(true);
            return thread;
        }));
        NetworkListener listener = new NetworkListener(definition.name(), host, port);
        listener.setMaxHttpHeaderSize(implementation.maxHeaderBytes());
        listener.registerAddOn(pipeline.gate().unparsableRequests(keepAliveTimer));
        HttpServer server = new HttpServer();
        server.addListener(listener);
        ServerConfiguration configuration = server.getServerConfiguration();
        // The gate is the only handler, at the root: Grizzly neither decodes nor maps the path itself.
        configuration.addHttpHandler(pipeline.gate().inFrontOf(ContainerFactory.createContainer(GrizzlyHttpContainer.class,
                pipeline.resources())));
        // TRACE reaches the API, which answers 405 in its own shape; a GET or DELETE with a body reaches it too.
        configuration.setPassTraceRequest(true);
        configuration.setAllowPayloadForUndefinedHttpMethods(true);
        configuration.setDefaultQueryEncoding(StandardCharsets.UTF_8);
        keepAliveTimer.start();
        try {
            server.start();
        } catch (IOException e) {
            stop(keepAliveTimer);
            throw new UncheckedIOException("cannot start " + definition.name() + " on " + host + ":" + port + basePath, e);
        }
        return new ApiServer(definition, implementation, host, basePath, server, keepAliveTimer);
    }

    public String name() {
        return definition.name();
    }

    public ApiImplementation implementation() {
        return implementation;
    }

    /**
     * The base URL of the API, as its spec's local server says: {@code http://HOST:PORT/basePath}, where HOST is the
     * bound address, or 127.0.0.1 for one bound to every interface.
     */
    public URI baseUri() {
        int port = server.getListeners().iterator().next().getPort();
        String reachable = host.equals("0.0.0.0") || host.equals("::") ? "127.0.0.1" : host;
        return URI.create("http://" + (reachable.contains(":") ? "[" + reachable + "]" : reachable) + ":" + port + basePath);
    }

    @Override
    public void close() {
        server.shutdownNow();
        stop(keepAliveTimer);
    }

    /** Grizzly's destroy stops the timer's loop but not its thread, which a JVM starting many servers would gather. */
    private static void stop(DelayedExecutor timer) {
        timer.destroy();
        timer.getThreadPool().shutdownNow();
    }
}
