package org.contractfirst.client;

import org.contractfirst.client.runtime.ClientConfig;
import org.contractfirst.server.ReferenceServers;
import org.contractfirst.server.runtime.ApiServer;
import org.junit.jupiter.api.AfterAll;

import java.util.HashMap;
import java.util.Map;

/** The reference servers a test class calls, each started in-process on a free port when first asked for. */
public abstract class ReferenceServersTest {

    private static final Map<String, ApiServer> STARTED = new HashMap<>();

    @AfterAll
    static void stopServers() {
        STARTED.values().forEach(ApiServer::close);
        STARTED.clear();
    }

    protected static ClientConfig config(String api, String credential) {
        ApiServer server = STARTED.computeIfAbsent(api, name -> ApiServer.start(ReferenceServers.apis().stream()
                .filter(candidate -> candidate.name().equals(name)).findFirst().orElseThrow().config(), 0));
        return ClientConfig.of(server.baseUri().toString()).withCredential(credential);
    }
}
