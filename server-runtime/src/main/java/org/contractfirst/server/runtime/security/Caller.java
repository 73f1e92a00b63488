package org.contractfirst.server.runtime.security;

import jakarta.ws.rs.core.SecurityContext;

import java.security.Principal;
import java.util.Set;

/**
 * Who calls an operation, as its security scheme authenticated them: the subject the credential belongs to, the
 * credential itself (so that an implementation can revoke it) and the scopes it carries.
 */
public record Caller(String subject, String credential, Set<String> scopes) implements Principal {

    public static final Caller ANONYMOUS = new Caller("", "", Set.of());

    public static Caller of(SecurityContext security) {
        return security != null && security.getUserPrincipal() instanceof Caller caller ? caller : ANONYMOUS;
    }

    @Override
    public String getName() {
        return subject;
    }
}
