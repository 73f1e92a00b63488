package org.contractfirst.conformance.spec;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Locale;

/**
 * A security scheme, as it says a credential travels: an API key in a header, a query parameter or a cookie; an
 * HTTP authentication scheme in {@code Authorization} (basic, bearer or another); OAuth 2 and OpenID Connect access
 * tokens as bearer tokens; mutual TLS, which no request header carries.
 */
public record SecurityScheme(String name, String type, String in, String parameterName, String httpScheme) {

    static SecurityScheme of(String name, JsonNode node) {
        return new SecurityScheme(name, node.path("type").asText(""), node.path("in").asText(""),
                node.path("name").asText(""), node.path("scheme").asText("").toLowerCase(Locale.ROOT));
    }

    public boolean isApiKey() {
        return type.equals("apiKey");
    }

    /** The word of the Authorization header: Basic, Bearer, or the scheme's own; empty where none is sent. */
    public String authorizationWord() {
        if (type.equals("oauth2") || type.equals("openIdConnect")) {
            return "Bearer";
        }
        if (!type.equals("http")) {
            return "";
        }
        return switch (httpScheme) {
            case "basic" -> "Basic";
            case "bearer" -> "Bearer";
            default -> httpScheme.isEmpty() ? "" : Character.toUpperCase(httpScheme.charAt(0)) + httpScheme.substring(1);
        };
    }

    /** Whether a request can carry this scheme's credential at all (mutual TLS cannot). */
    public boolean isSendable() {
        return isApiKey() && !parameterName.isEmpty() || !authorizationWord().isEmpty();
    }
}
