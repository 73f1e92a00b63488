package org.contractfirst.client;

import org.contractfirst.client.runtime.ClientConfig;
import org.contractfirst.server.ReferenceServers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The four reference servers, in-process on free ports, for the tests of one class. */
public abstract class ReferenceServersTest {

    private static ReferenceServers servers;

    @BeforeAll
    static void startServers() {
        servers = ReferenceServers.start(api -> 0);
    }

    @AfterAll
    static void stopServers() {
        servers.close();
    }

    protected static ClientConfig config(String api, String credential) {
        return ClientConfig.of(servers.server(api).baseUri().toString()).withCredential(credential);
    }
}
