package org.contractfirst.conformance.checks;

import org.contractfirst.conformance.http.Exchange;
import org.contractfirst.conformance.requests.Call;
import org.contractfirst.conformance.requests.RunContext;
import org.contractfirst.conformance.spec.ApiSpec;
import org.contractfirst.conformance.spec.Operation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A credential holding one scope ({@code --credential oauth:READ_USER=TOKEN}) that none of the operation's security
 * requirements is met by is refused: with the documented 403 (RFC 6750's {@code insufficient_scope}) or 401; where
 * the spec documents neither, either passes. Judged where every requirement names the credential's scheme alone, so
 * that what the credential lacks is the scope and nothing else.
 */
public final class ScopeRequired implements ScenarioCheck {

    @Override
    public String name() {
        return "scope_required";
    }

    @Override
    public String code() {
        return "CF201";
    }

    @Override
    public String nothingToJudge() {
        return "no credential of the run lacks a scope the operation requires (give one as --credential SCHEME:SCOPE=VALUE)";
    }

    @Override
    public boolean needsCredentials() {
        return false;
    }

    @Override
    public boolean appliesTo(ApiSpec spec, Operation operation) {
        return soleScheme(operation.security()).isPresent();
    }

    @Override
    public boolean needsReach() {
        return true;
    }

    @Override
    public boolean destructive(ApiSpec spec, Operation operation) {
        return SafeDeletes.destructive(operation);
    }

    @Override
    public void run(RunContext context, Recorder recorder, Operation operation) {
        String scheme = soleScheme(operation.security()).orElseThrow();
        String prefix = scheme + ":";
        Optional<Call> safe = SafeDeletes.call(context, recorder, operation);
        if (safe.isEmpty()) {
            return;
        }
        Call valid = safe.get();
        context.target().credentials().bySchemeOrScope().forEach((key, credential) -> {
            if (!key.startsWith(prefix) || met(operation.security(), scheme, key.substring(prefix.length()))) {
                return;
            }
            Exchange exchange = recorder.send(operation, valid.withAuth(Call.Auth.given(credential)), Intent.UNAUTHENTICATED);
            recorder.judge(this, operation, exchange, SafeDeletes.nothingDone(operation).contains(exchange.status())
                    ? Optional.empty() : refused(operation, exchange, key));
        });
    }

    /** The scheme every requirement names, alone; empty when they name others or none needs a scope. */
    private static Optional<String> soleScheme(List<Map<String, List<String>>> requirements) {
        Set<String> schemes = new java.util.TreeSet<>();
        for (Map<String, List<String>> requirement : requirements) {
            if (requirement.size() != 1 || requirement.values().iterator().next().isEmpty()) {
                return Optional.empty();
            }
            schemes.addAll(requirement.keySet());
        }
        return schemes.size() == 1 ? Optional.of(schemes.iterator().next()) : Optional.empty();
    }

    private static boolean met(List<Map<String, List<String>>> requirements, String scheme, String scope) {
        return requirements.stream().anyMatch(requirement -> List.of(scope).containsAll(requirement.get(scheme)));
    }

    private static Optional<String> refused(Operation operation, Exchange exchange, String credential) {
        int status = exchange.status();
        if (status == 0 || status >= 500) {
            return Optional.empty();
        }
        boolean documented = operation.documentsExactly(401) || operation.documentsExactly(403);
        boolean refused = documented ? status == 401 && operation.documentsExactly(401) || status == 403 && operation.documentsExactly(403)
                : status == 401 || status == 403;
        return refused ? Optional.empty() : Optional.of((operation.documentsExactly(403) ? "the documented 403" : "a 401 or 403")
                + " for a credential holding only " + credential + ", which no security requirement of the operation is met by");
    }
}
