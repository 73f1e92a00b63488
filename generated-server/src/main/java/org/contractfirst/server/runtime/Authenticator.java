package org.contractfirst.server.runtime;

import java.util.Optional;

/** Tells who a credential belongs to, for one API; empty when the credential is unknown or no longer valid. */
@FunctionalInterface
public interface Authenticator {

    Optional<Caller> authenticate(String scheme, String credential);
}
