package org.contractfirst.conformance;

import org.contractfirst.conformance.requests.Credentials;
import org.contractfirst.conformance.requests.Target;
import org.contractfirst.reference.ReferenceServers;
import org.junit.jupiter.api.Assumptions;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The reference servers of every API, started in-process on free loopback ports, as targets with their demo and
 * sandbox credentials.
 */
public final class EmbeddedTargets implements AutoCloseable {

    private final ReferenceServers servers = ReferenceServers.start((api, specPort) -> 0);
    private List<Target> targets;

    /**
     * The suite's own tests prove it against the reference servers; a run pointed at other servers
     * ({@code -Dconformance.<api>.url}) is about those servers, so it leaves them out.
     */
    static void assumeNoOtherTarget() {
        Assumptions.assumeTrue(Targets.fromProperties(System.getProperties()).isEmpty(),
                "checking the servers named by -Dconformance.<api>.url, not the suite itself");
    }

    /** One target per API, built on first use (each reads its spec), then the same ones every time. */
    public List<Target> targets() {
        if (targets == null) {
            targets = servers.running().stream().map(EmbeddedTargets::target).toList();
        }
        return targets;
    }

    /**
     * A target with its fixtures, its credentials of one scope each, and a {@code token.<status>} fixture for each
     * sandbox credential its server has.
     */
    private static Target target(ReferenceServers.Running api) {
        Map<String, String> fixtures = new TreeMap<>(api.demo().fixtures());
        api.sandboxCredentials().forEach((status, credential) -> fixtures.put("token." + status, credential));
        Credentials credentials = Credentials.of(api.demo().credential());
        for (var scoped : api.demo().scopedCredentials().entrySet()) {
            credentials = credentials.with(scoped.getKey(), scoped.getValue());
        }
        return new Target(Targets.spec(api.name()), api.server().baseUri(), credentials, fixtures,
                true, false);
    }

    @Override
    public void close() {
        servers.close();
    }
}
