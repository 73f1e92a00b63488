package org.contractfirst.conformance.requests;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

/**
 * How a run goes: the seed of its every random choice, how many random requests each operation gets, which checks
 * run (all when {@code checks} is empty, less {@code excluded}), whether spec findings fail the run, the timeouts,
 * and where long bodies go for the curl commands of the report (null: kept inline).
 */
public record RunOptions(long seed, int maxRequestsPerOperation, Set<String> checks, Set<String> excluded,
                         boolean strict, Duration connectTimeout, Duration readTimeout, Path bodies) {

    public static final int DEFAULT_REQUESTS_PER_OPERATION = 20;

    public RunOptions {
        checks = Set.copyOf(checks);
        excluded = Set.copyOf(excluded);
    }

    public static RunOptions defaults(long seed) {
        return new RunOptions(seed, DEFAULT_REQUESTS_PER_OPERATION, Set.of(), Set.of(), false, Duration.ofSeconds(5),
                Duration.ofSeconds(30), null);
    }

    public RunOptions strict(boolean value) {
        return new RunOptions(seed, maxRequestsPerOperation, checks, excluded, value, connectTimeout, readTimeout, bodies);
    }

    public RunOptions withSeed(long other) {
        return new RunOptions(other, maxRequestsPerOperation, checks, excluded, strict, connectTimeout, readTimeout, bodies);
    }

    public RunOptions withBodies(Path folder) {
        return new RunOptions(seed, maxRequestsPerOperation, checks, excluded, strict, connectTimeout, readTimeout, folder);
    }

    public boolean runs(String check) {
        return (checks.isEmpty() || checks.contains(check)) && !excluded.contains(check);
    }
}
