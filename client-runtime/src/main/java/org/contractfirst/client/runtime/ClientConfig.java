package org.contractfirst.client.runtime;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a client needs besides the spec: where the API is, the credential its security scheme carries, the
 * timeouts, the retry policy and the media type asked for by default. Immutable; {@code with...} returns a copy.
 */
public final class ClientConfig {

    private final URI baseUri;
    private final String credential;
    private final Map<String, String> schemeCredentials;
    private final Duration connectTimeout;
    private final Duration requestTimeout;
    private final RetryPolicy retryPolicy;
    private final Format format;

    private ClientConfig(URI baseUri, String credential, Map<String, String> schemeCredentials, Duration connectTimeout,
            Duration requestTimeout, RetryPolicy retryPolicy, Format format) {
        this.baseUri = Objects.requireNonNull(baseUri, "baseUri");
        this.credential = credential;
        this.schemeCredentials = Map.copyOf(schemeCredentials);
        this.connectTimeout = Objects.requireNonNull(connectTimeout, "connectTimeout");
        this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
        this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
        this.format = Objects.requireNonNull(format, "format");
    }

    /** The base URL including the spec's base path, e.g. {@code http://127.0.0.1:8082/rest/v2}. */
    public static ClientConfig of(String baseUri) {
        String trimmed = baseUri.endsWith("/") ? baseUri.substring(0, baseUri.length() - 1) : baseUri;
        return new ClientConfig(URI.create(trimmed), null, Map.of(), Duration.ofSeconds(10), Duration.ofSeconds(30),
                RetryPolicy.none(), Format.JSON);
    }

    /** The API key or bearer token; each operation sends it as its first security scheme says. */
    public ClientConfig withCredential(String newCredential) {
        return new ClientConfig(baseUri, newCredential, schemeCredentials, connectTimeout, requestTimeout, retryPolicy, format);
    }

    /**
     * The credential of one security scheme, by its name in the spec. An operation sends every credential it has a
     * scheme for, as a requirement naming two schemes needs; the one credential of {@link #withCredential(String)}
     * is then not sent to it.
     */
    public ClientConfig withCredential(String scheme, String schemeCredential) {
        Map<String, String> credentials = new HashMap<>(schemeCredentials);
        credentials.put(scheme, schemeCredential);
        return new ClientConfig(baseUri, credential, credentials, connectTimeout, requestTimeout, retryPolicy, format);
    }

    public ClientConfig withConnectTimeout(Duration timeout) {
        return new ClientConfig(baseUri, credential, schemeCredentials, timeout, requestTimeout, retryPolicy, format);
    }

    public ClientConfig withRequestTimeout(Duration timeout) {
        return new ClientConfig(baseUri, credential, schemeCredentials, connectTimeout, timeout, retryPolicy, format);
    }

    public ClientConfig withRetry(RetryPolicy policy) {
        return new ClientConfig(baseUri, credential, schemeCredentials, connectTimeout, requestTimeout, policy, format);
    }

    public ClientConfig withFormat(Format newFormat) {
        return new ClientConfig(baseUri, credential, schemeCredentials, connectTimeout, requestTimeout, retryPolicy, newFormat);
    }

    public URI baseUri() {
        return baseUri;
    }

    public String credential() {
        return credential;
    }

    /** The credential given for {@code scheme} by name, if one was. */
    public Optional<String> credential(String scheme) {
        return Optional.ofNullable(schemeCredentials.get(scheme));
    }

    public Duration connectTimeout() {
        return connectTimeout;
    }

    public Duration requestTimeout() {
        return requestTimeout;
    }

    public RetryPolicy retryPolicy() {
        return retryPolicy;
    }

    public Format format() {
        return format;
    }
}
