package org.contractfirst.server.runtime.security;

import org.contractfirst.server.runtime.pipeline.ErrorKind;
import org.contractfirst.server.runtime.pipeline.ErrorShape;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An API's real authenticator with sandbox credentials beside it, named {@code <api>-sandbox-<status>}: each makes
 * every call fail with one kind of failure, at the status the API's {@link ErrorShape} gives it ({@link
 * Authenticator#failure}).
 */
public record SandboxCredentials(String api, Authenticator real, Map<Integer, ErrorKind> kinds) implements Authenticator {

    private static final String INFIX = "-sandbox-";

    public SandboxCredentials {
        kinds = Map.copyOf(kinds);
    }

    /** Sandbox credentials of {@code api} for each of {@code kinds}, named by the status {@code errors} answers it with. */
    public static SandboxCredentials of(String api, Authenticator real, ErrorShape errors, ErrorKind... kinds) {
        Map<Integer, ErrorKind> byStatus = new HashMap<>();
        for (ErrorKind kind : kinds) {
            byStatus.put(errors.error(kind, "").getStatus(), kind);
        }
        return new SandboxCredentials(api, real, byStatus);
    }

    public static String credential(String api, int status) {
        return api + INFIX + status;
    }

    /** The sandbox credentials, in the order of their statuses. */
    public List<String> credentials() {
        return kinds.keySet().stream().sorted().map(status -> credential(api, status)).toList();
    }

    @Override
    public Optional<Caller> authenticate(String scheme, String credential) {
        return real.authenticate(scheme, credential);
    }

    @Override
    public Optional<ErrorKind> failure(String credential) {
        if (!credential.startsWith(api + INFIX)) {
            return Optional.empty();
        }
        return kinds.entrySet().stream().filter(kind -> credential(api, kind.getKey()).equals(credential))
                .map(Map.Entry::getValue).findFirst();
    }
}
