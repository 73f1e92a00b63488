package org.contractfirst.server.runtime.security;

import org.contractfirst.server.runtime.pipeline.ErrorKind;
import org.contractfirst.server.runtime.pipeline.ErrorShape;
import org.contractfirst.server.runtime.pipeline.Stage;
import org.contractfirst.server.runtime.pipeline.Steps;
import org.contractfirst.server.runtime.spec.ServedSpec;
import java.util.List;

/**
 * Security: each operation's requirements, as its spec states them, met by the implementation's
 * {@link Authenticator} ({@link Authentication}), after routing (the operation is known) and before anything reads
 * the request's parameters or body, so that a caller without credentials learns that first.
 */
public final class SecurityStage implements Stage {

    private final ServedSpec spec;
    private final Authenticator authenticator;
    private final ErrorShape errors;
    private final String realm;

    public SecurityStage(ServedSpec spec, Authenticator authenticator, ErrorShape errors, String realm) {
        this.spec = spec;
        this.authenticator = authenticator;
        this.errors = errors;
        this.realm = realm;
    }

    @Override
    public String name() {
        return "security";
    }

    @Override
    public List<Refusal> refusals() {
        return List.of(
                new Refusal(ErrorKind.MISSING_CREDENTIALS, "no credential for an operation that requires one"),
                new Refusal(ErrorKind.UNAUTHENTICATED, "a credential unknown, expired or without the operation's scopes"));
    }

    @Override
    public void register(Steps steps) {
        SecurityRequirements requirements = SecurityRequirements.of(spec);
        steps.requestFilterPerMethod(priority -> new Authentication(authenticator, requirements, errors, realm, priority));
    }
}
