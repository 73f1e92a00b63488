package org.contractfirst.conformance;

import org.contractfirst.server.ReferenceServers;
import org.contractfirst.server.bird.reference.BirdServer;
import org.contractfirst.server.circuit.reference.CircuitServer;
import org.contractfirst.server.unipile.reference.UnipileServer;
import org.contractfirst.server.zitadel.reference.ZitadelServer;

import java.util.List;
import java.util.Map;

/** The reference servers, started in-process on free loopback ports, as targets with their demo credentials. */
final class EmbeddedTargets implements AutoCloseable {

    private final ReferenceServers servers = ReferenceServers.start(api -> 0);

    List<Target> targets() {
        return List.of(
                target("unipile", UnipileServer.DEMO_KEY, Map.of("account_id", UnipileServer.LINKEDIN_ACCOUNT)),
                target("circuit", CircuitServer.ALL_TOKEN, Map.of()),
                target("bird", BirdServer.DEMO_TOKEN, Map.of()),
                target("zitadel", ZitadelServer.DEMO_TOKEN, Map.of()));
    }

    private Target target(String api, String credential, Map<String, String> fixtures) {
        return new Target(Targets.spec(api), servers.server(api).baseUri(), credential, fixtures, true);
    }

    @Override
    public void close() {
        servers.close();
    }
}
