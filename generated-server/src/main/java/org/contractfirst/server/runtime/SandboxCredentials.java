package org.contractfirst.server.runtime;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An API's real authenticator with sandbox credentials beside it, named {@code <api>-sandbox-<status>}: each makes
 * every call fail with that documented status ({@link Authenticator#failure}).
 */
public record SandboxCredentials(Authenticator real, Map<String, ErrorKind> failures) implements Authenticator {

    /** Sandbox credentials for {@code api}: one per status, failing as {@code kinds} says. */
    public static SandboxCredentials of(String api, Authenticator real, Map<Integer, ErrorKind> kinds) {
        Map<String, ErrorKind> failures = new TreeMap<>();
        kinds.forEach((status, kind) -> failures.put(credential(api, status), kind));
        return new SandboxCredentials(real, Map.copyOf(failures));
    }

    public static String credential(String api, int status) {
        return api + "-sandbox-" + status;
    }

    @Override
    public Optional<Caller> authenticate(String scheme, String credential) {
        return real.authenticate(scheme, credential);
    }

    @Override
    public Optional<ErrorKind> failure(String credential) {
        return Optional.ofNullable(failures.get(credential));
    }
}
