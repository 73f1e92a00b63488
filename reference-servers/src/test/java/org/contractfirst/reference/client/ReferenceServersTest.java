package org.contractfirst.reference.client;

import org.contractfirst.client.runtime.ClientConfig;
import org.contractfirst.reference.ReferenceServers;
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
        ApiServer server = STARTED.computeIfAbsent(api, name -> ReferenceServers.start(name, 0).server());
        return ClientConfig.of(server.baseUri().toString()).withCredential(credential);
    }
}
