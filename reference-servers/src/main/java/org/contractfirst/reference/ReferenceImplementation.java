package org.contractfirst.reference;

import org.contractfirst.server.runtime.ApiImplementation;

/**
 * A reference implementation: it behaves as its API documents, over demo data, and says how to call it. The
 * launcher finds the one of the spec {@code specs/<api>.yaml} by its name, {@code org.contractfirst.reference.<api>.
 * <Api>Reference}, and makes it with its no-argument constructor.
 */
public interface ReferenceImplementation extends ApiImplementation {

    Demo demo();

    /**
     * How to call the demo: the credential, sent as the spec's security scheme says; the values of parameters or
     * fields the API cannot reveal (Unipile's {@code account_id}), by name, and, as {@code <name>.<status>}, values
     * the API answers with that status; one line for people; and credentials that hold one scope only, by
     * {@code <scheme>:<scope>}.
     */
    record Demo(String credential, java.util.Map<String, String> fixtures, String description,
                java.util.Map<String, String> scopedCredentials) {

        public Demo(String credential, java.util.Map<String, String> fixtures, String description) {
            this(credential, fixtures, description, java.util.Map.of());
        }
    }
}
