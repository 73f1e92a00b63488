package org.contractfirst.conformance;

import org.contractfirst.conformance.JsonApiServer.Reply;
import org.contractfirst.conformance.JsonApiServer.Request;

/**
 * The Accounts API of {@code realworld/accounts.yaml} as an environment that lets no caller through serves it: a
 * gateway, say, whose allow-list names no address of the run's. Every request, whatever its method, path or body,
 * gets the 403 the spec documents, in its error shape, and the API behind is never reached.
 */
final class RefusingEnvironment implements JsonApiServer.Api {

    static final String SPEC = "src/test/resources/realworld/accounts.yaml";

    @Override
    public Reply answer(Request request) {
        return Reply.error(403, "forbidden", "this environment refuses every caller");
    }
}
