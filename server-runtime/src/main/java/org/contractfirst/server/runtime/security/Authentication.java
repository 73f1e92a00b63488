package org.contractfirst.server.runtime.security;

import org.contractfirst.server.runtime.pipeline.ErrorKind;
import org.contractfirst.server.runtime.pipeline.ErrorShape;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import java.security.Principal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Enforces the security the spec states for each {@link Secured} operation: the credentials sent as its schemes,
 * each known to the {@link Authenticator}, pass when they meet one of the operation's requirements, every scheme it
 * names with every scope ({@link SecurityRequirements#met}); otherwise the API's 401. A 401 for a bearer or basic scheme carries the {@code WWW-Authenticate} challenge that
 * RFC 6750 and RFC 7235 require; an API-key header has no standard challenge, so none is sent for it.
 */
public final class Authentication implements DynamicFeature {

    private final Authenticator authenticator;
    private final SecurityRequirements requirements;
    private final ErrorShape errors;
    private final String realm;
    private final int priority;

    /** @param priority the place of its filter among the request filters, which the pipeline gives */
    public Authentication(Authenticator authenticator, SecurityRequirements requirements, ErrorShape errors,
            String realm, int priority) {
        this.authenticator = authenticator;
        this.requirements = requirements;
        this.errors = errors;
        this.realm = realm;
        this.priority = priority;
    }

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Secured secured = resource.getResourceMethod().getAnnotation(Secured.class);
        if (secured != null) {
            context.register(new Filter(secured), priority);
        }
    }
    private final class Filter implements ContainerRequestFilter {
        private final Secured secured;

        Filter(Secured secured) {
            this.secured = secured;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            boolean presented = false;
            Map<String, Caller> callers = new HashMap<>();
            for (Secured.Scheme scheme : secured.value()) {
                Optional<String> credential = credential(request, scheme);
                if (credential.isEmpty()) {
                    continue;
                }
                presented = true;
                Optional<ErrorKind> failure = authenticator.failure(credential.get());
                if (failure.isPresent()) {
                    request.abortWith(errors.error(failure.get(), "this sandbox credential always answers so"));
                    return;
                }
                authenticator.authenticate(scheme.name(), credential.get()).ifPresent(found -> callers.put(scheme.name(), found));
                Optional<Caller> caller = requirements.met(secured.operationId(), callers);
                if (caller.isPresent()) {
                    request.setSecurityContext(new CallerContext(caller.get(), request.getSecurityContext()));
                    return;
                }
            }
            if (!presented && requirements.allowsAnonymous(secured.operationId())) {
                return;
            }
            Response refusal = presented
                    ? errors.error(ErrorKind.UNAUTHENTICATED, "the credential is unknown, expired or lacks the operation's scope")
                    : errors.error(ErrorKind.MISSING_CREDENTIALS, "no credential: send " + expected());
            request.abortWith(challenge(presented).map(value -> Response.fromResponse(refusal)
                    .header(HttpHeaders.WWW_AUTHENTICATE, value).build()).orElse(refusal));
        }

        private Optional<String> challenge(boolean presented) {
            Secured.Scheme scheme = secured.value()[0];
            String realmParameter = " realm=\"" + realm + "\"";
            return switch (scheme.type()) {
                case BEARER -> Optional.of("Bearer" + realmParameter + (presented ? ", error=\"invalid_token\"" : ""));
                case BASIC -> Optional.of("Basic" + realmParameter);
                case API_KEY_HEADER, API_KEY_QUERY, API_KEY_COOKIE -> Optional.empty();
            };
        }

        private String expected() {
            Secured.Scheme scheme = secured.value()[0];
            return switch (scheme.type()) {
                case API_KEY_HEADER -> "the " + scheme.header() + " header";
                case API_KEY_QUERY -> "the " + scheme.header() + " query parameter";
                case API_KEY_COOKIE -> "the " + scheme.header() + " cookie";
                case BASIC -> "Authorization: Basic <credentials>";
                case BEARER -> "Authorization: Bearer <token>";
            };
        }
    }

    private static Optional<String> credential(ContainerRequestContext request, Secured.Scheme scheme) {
        String sent = switch (scheme.type()) {
            case API_KEY_HEADER -> request.getHeaderString(scheme.header());
            case API_KEY_QUERY -> request.getUriInfo().getQueryParameters().getFirst(scheme.header());
            case API_KEY_COOKIE -> request.getCookies().containsKey(scheme.header())
                    ? request.getCookies().get(scheme.header()).getValue() : null;
            case BEARER, BASIC -> request.getHeaderString(HttpHeaders.AUTHORIZATION);
        };
        if (sent == null || sent.isBlank()) {
            return Optional.empty();
        }
        return switch (scheme.type()) {
            case API_KEY_HEADER, API_KEY_QUERY, API_KEY_COOKIE -> Optional.of(sent.trim());
            case BEARER -> prefixed(sent, "Bearer ");
            case BASIC -> prefixed(sent, "Basic ");
        };
    }

    private static Optional<String> prefixed(String header, String prefix) {
        return header.regionMatches(true, 0, prefix, 0, prefix.length())
                ? Optional.of(header.substring(prefix.length()).trim()).filter(value -> !value.isEmpty())
                : Optional.empty();
    }

    private record CallerContext(Caller caller, SecurityContext original) implements SecurityContext {
        @Override
        public Principal getUserPrincipal() {
            return caller;
        }

        @Override
        public boolean isUserInRole(String role) {
            return caller.scopes().contains(role);
        }

        @Override
        public boolean isSecure() {
            return original != null && original.isSecure();
        }

        @Override
        public String getAuthenticationScheme() {
            return SecurityContext.BASIC_AUTH.equals(original == null ? null : original.getAuthenticationScheme())
                    ? SecurityContext.BASIC_AUTH : "Bearer";
        }
    }
}
