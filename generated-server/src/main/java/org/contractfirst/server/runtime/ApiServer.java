package org.contractfirst.server.runtime;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.media.multipart.MultiPartFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.logging.Level;
import java.util.logging.Logger;

/** One API served by Jersey on Grizzly, bound to 127.0.0.1; port 0 picks a free port. */
public final class ApiServer implements AutoCloseable {

    /**
     * Jersey warns that a resource registered as an instance "will be ignored" as a provider, and serves it as a
     * resource all the same; the warning is noise for every start. Held here so that the setting is not collected.
     */
    private static final Logger PROVIDER_CHECKS = Logger.getLogger("org.glassfish.jersey.internal.inject.Providers");

    static {
        PROVIDER_CHECKS.setLevel(Level.SEVERE);
    }

    private final ServerConfig config;
    private final HttpServer server;

    private ApiServer(ServerConfig config, HttpServer server) {
        this.config = config;
        this.server = server;
    }

    public static ApiServer start(ServerConfig config, int port) {
        ObjectMapper json = Mappers.json(config.rejectUnknownFields());
        Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
        ResourceConfig resources = new ResourceConfig()
                .registerInstances(config.resource().apply(new MultipartBinder(validator)))
                .register(JacksonFeature.withoutExceptionMappers())
                .register(new JsonMapperResolver(json))
                .register(MultiPartFeature.class)
                .register(new XmlBodies(json))
                .register(new Parameters())
                .register(new Authentication(config.authenticator(), SecurityRequirements.of(config.spec()), config.errors(),
                        config.name()))
                .register(new BodyLimit(config.maxBodyBytes(), config.errors()))
                .property(ServerProperties.WADL_FEATURE_DISABLE, true)
                .property(ServerProperties.BV_SEND_ERROR_IN_RESPONSE, false)
                .property(ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR, true);
        ErrorMappers.all(config.errors()).forEach(resources::register);
        resources.register(config.negotiatesMediaType() ? new ErrorNegotiation() : new IgnoreAccept());
        URI uri = URI.create("http://127.0.0.1:" + port + (config.basePath().isEmpty() ? "/" : config.basePath()));
        HttpServer server = GrizzlyHttpServerFactory.createHttpServer(uri, resources, false);
        // A GET or DELETE with a body reaches the API, which answers it as documented, not Grizzly's bare 400.
        server.getServerConfiguration().setAllowPayloadForUndefinedHttpMethods(true);
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + config.name() + " on " + uri, e);
        }
        return new ApiServer(config, server);
    }

    public String name() {
        return config.name();
    }

    public ServerConfig config() {
        return config;
    }

    /** The base URL of the API, as its spec's local server says: {@code http://127.0.0.1:PORT/basePath}. */
    public URI baseUri() {
        int port = server.getListeners().iterator().next().getPort();
        return URI.create("http://127.0.0.1:" + port + config.basePath());
    }

    @Override
    public void close() {
        server.shutdownNow();
    }
}
