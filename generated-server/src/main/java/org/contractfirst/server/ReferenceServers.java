package org.contractfirst.server;

import org.contractfirst.server.bird.reference.BirdServer;
import org.contractfirst.server.circuit.reference.CircuitServer;
import org.contractfirst.server.runtime.ApiServer;
import org.contractfirst.server.runtime.SandboxCredentials;
import org.contractfirst.server.runtime.ServerConfig;
import org.contractfirst.server.unipile.reference.UnipileServer;
import org.contractfirst.server.zitadel.reference.ZitadelServer;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Starts every reference server on 127.0.0.1, prints each base URL with its demo credentials, and runs until
 * stopped. A port is set with {@code -D<api>.port=N} (0 picks a free one); the defaults are the specs' local servers.
 */
public final class ReferenceServers implements AutoCloseable {

    /** One API: its server's configuration, its default port and how to call it. */
    public record Api(String name, ServerConfig config, int defaultPort, String credentials) {
    }

    private final List<ApiServer> servers;
    private final List<Api> apis;

    private ReferenceServers(List<Api> apis, List<ApiServer> servers) {
        this.apis = apis;
        this.servers = servers;
    }

    public static List<Api> apis() {
        return List.of(
                new Api("unipile", UnipileServer.config(), UnipileServer.DEFAULT_PORT,
                        "X-API-KEY: " + UnipileServer.DEMO_KEY + " (account_id " + UnipileServer.LINKEDIN_ACCOUNT + ")"),
                new Api("circuit", CircuitServer.config(), CircuitServer.DEFAULT_PORT,
                        "Authorization: Bearer " + CircuitServer.ALL_TOKEN + " (scope ALL; " + CircuitServer.READ_USER_TOKEN
                                + " has READ_USER only, " + CircuitServer.MANAGE_PRESENCE_TOKEN + " MANAGE_PRESENCE only)"),
                new Api("bird", BirdServer.config(), BirdServer.DEFAULT_PORT,
                        "Authorization: Bearer " + BirdServer.DEMO_TOKEN + " (to delete: " + BirdServer.DELETABLE_TOKEN + ")"),
                new Api("zitadel", ZitadelServer.config(), ZitadelServer.DEFAULT_PORT,
                        "Authorization: Bearer " + ZitadelServer.DEMO_TOKEN));
    }

    /** Starts every API, each on the port {@code port(api)} gives. */
    public static ReferenceServers start(java.util.function.ToIntFunction<Api> port) {
        List<Api> apis = apis();
        List<ApiServer> servers = new ArrayList<>();
        for (Api api : apis) {
            servers.add(ApiServer.start(api.config(), port.applyAsInt(api)));
        }
        return new ReferenceServers(apis, servers);
    }

    public ApiServer server(String name) {
        return servers.stream().filter(server -> server.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no API " + name));
    }

    @Override
    public void close() {
        servers.forEach(ApiServer::close);
    }

    public static void main(String[] args) throws InterruptedException {
        ReferenceServers running = start(api -> Integer.getInteger(api.name() + ".port", api.defaultPort()));
        Runtime.getRuntime().addShutdownHook(new Thread(running::close));
        for (int i = 0; i < running.apis.size(); i++) {
            Api api = running.apis.get(i);
            System.out.printf("%-8s %s  %s%n", api.name(), running.servers.get(i).baseUri(), api.credentials());
            if (api.config().authenticator() instanceof SandboxCredentials sandbox) {
                System.out.printf("%-8s sandbox credentials, each failing every call with its status: %s%n", "",
                        String.join(", ", sandbox.credentials()));
            }
        }
        System.out.println("Running; stop with Ctrl-C.");
        new CountDownLatch(1).await();
    }
}
