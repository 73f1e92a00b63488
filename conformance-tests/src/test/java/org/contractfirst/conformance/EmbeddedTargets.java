package org.contractfirst.conformance;

import org.contractfirst.server.ReferenceServers;
import org.junit.jupiter.api.Assumptions;
import org.contractfirst.server.bird.reference.BirdServer;
import org.contractfirst.server.circuit.reference.CircuitServer;
import org.contractfirst.server.runtime.ApiServer;
import org.contractfirst.server.runtime.SandboxCredentials;
import org.contractfirst.server.unipile.reference.UnipileServer;
import org.contractfirst.server.zitadel.reference.ZitadelServer;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The reference servers, started in-process on free loopback ports, as targets with their demo and sandbox
 * credentials.
 */
public final class EmbeddedTargets implements AutoCloseable {

    private final ReferenceServers servers = ReferenceServers.start(api -> 0);
    private List<Target> targets;

    /**
     * The suite's own tests prove it against the reference servers; a run pointed at other servers
     * ({@code -Dconformance.<api>.url}) is about those servers, so it leaves them out.
     */
    static void assumeNoOtherTarget() {
        Assumptions.assumeTrue(Targets.fromProperties(System.getProperties()).isEmpty(),
                "checking the servers named by -Dconformance.<api>.url, not the suite itself");
    }

    /** The four targets, built on first use (each reads its spec), then the same ones every time. */
    public List<Target> targets() {
        if (targets == null) {
            targets = List.of(
                    target("unipile", UnipileServer.DEMO_KEY, Map.of("account_id", UnipileServer.LINKEDIN_ACCOUNT,
                            "account_id.422", UnipileServer.GMAIL_ACCOUNT)),
                    target("circuit", CircuitServer.ALL_TOKEN, Map.of()),
                    target("bird", BirdServer.DEMO_TOKEN, Map.of()),
                    target("zitadel", ZitadelServer.DEMO_TOKEN, Map.of()));
        }
        return targets;
    }

    /** A target with its fixtures and a {@code token.<status>} fixture for each sandbox credential its server has. */
    private Target target(String api, String credential, Map<String, String> fixtures) {
        Map<String, String> all = new TreeMap<>(fixtures);
        ApiServer server = servers.server(api);
        if (server.config().authenticator() instanceof SandboxCredentials sandbox) {
            sandbox.kinds().keySet().forEach(status -> all.put("token." + status, SandboxCredentials.credential(api, status)));
        }
        return new Target(Targets.spec(api), server.baseUri(), credential, all, true);
    }

    @Override
    public void close() {
        servers.close();
    }
}
