package org.contractfirst.conformance;

import org.contractfirst.conformance.JsonApiServer.Reply;
import org.contractfirst.conformance.JsonApiServer.Request;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.contractfirst.conformance.JsonApiServer.JSON;

/**
 * The Signups API of {@code realworld/signups.yaml}, served as its spec says: each signup opens an account named
 * only in the answer's {@code X-Account-Id} header; an account nobody opened is the documented 404. The signups
 * may be served on another collection ({@code accounts}: a POST that opens the account it answers).
 */
final class SignupsApi implements JsonApiServer.Api {

    static final String SPEC = "src/test/resources/realworld/signups.yaml";

    private final Set<String> accounts = new HashSet<>();
    private final String signups;

    SignupsApi() {
        this("signups");
    }

    SignupsApi(String signups) {
        this.signups = signups;
    }

    @Override
    public Reply answer(Request request) {
        List<String> segments = request.segments();
        if (segments.equals(List.of(signups))) {
            if (!request.method().equals("POST")) {
                return Reply.methods(request.method(), "POST, OPTIONS");
            }
            String id = "acc-" + (accounts.size() + 1);
            accounts.add(id);
            return Reply.empty(201).with("X-Account-Id", id);
        }
        if (segments.size() == 2 && segments.get(0).equals("accounts")) {
            if (!request.method().equals("GET")) {
                return Reply.methods(request.method(), "GET, HEAD, OPTIONS");
            }
            return accounts.contains(segments.get(1))
                    ? Reply.of(200, JSON.createObjectNode().put("id", segments.get(1)).put("plan", "free"))
                    : Reply.error(404, "not_found", "no account has the id " + segments.get(1));
        }
        return Reply.noSuchResource();
    }
}
