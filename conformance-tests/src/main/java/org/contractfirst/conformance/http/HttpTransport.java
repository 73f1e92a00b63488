package org.contractfirst.conformance.http;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sends a run's requests over one kept-alive HTTP/1.1 client, with a connect and a read timeout, following no
 * redirect (a redirect is an answer to judge). A request that gets no answer in time, or whose connection fails, is
 * an exchange with status 0 that says what happened.
 */
public final class HttpTransport {

    private static final Pattern CHARSET = Pattern.compile("(?i)charset\\s*=\\s*\"?([^\";\\s]+)");

    private final HttpClient client;
    private final Duration readTimeout;

    public HttpTransport(Duration connectTimeout, Duration readTimeout) {
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.readTimeout = readTimeout;
    }

    public Exchange send(URI base, HttpRequest request) {
        java.net.http.HttpRequest.Builder builder;
        try {
            builder = java.net.http.HttpRequest.newBuilder(request.uri(base)).timeout(readTimeout)
                    .method(request.method(), request.body().isEmpty() ? java.net.http.HttpRequest.BodyPublishers.noBody()
                            : java.net.http.HttpRequest.BodyPublishers.ofByteArray(request.body().bytes()));
            if (!request.body().isEmpty()) {
                builder.header("Content-Type", request.body().contentType());
            }
            request.headersToSend().forEach(builder::header);
        } catch (IllegalArgumentException e) {
            return Exchange.noResponse(request, "the request cannot be sent: " + e.getMessage());
        }
        try {
            HttpResponse<byte[]> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
            Map<String, List<String>> headers = new TreeMap<>();
            response.headers().map().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values));
            byte[] body = response.body() == null ? new byte[0] : response.body();
            String contentType = response.headers().firstValue("content-type").orElse("");
            return new Exchange(request, response.statusCode(), headers, body, new String(body, charset(contentType)),
                    Optional.empty());
        } catch (HttpTimeoutException e) {
            return Exchange.noResponse(request, "no response within " + readTimeout.toMillis() + " ms");
        } catch (IOException e) {
            return Exchange.noResponse(request, "the connection failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Exchange.noResponse(request, "interrupted");
        }
    }

    /** The charset a Content-Type names, else UTF-8; an unknown one is read as UTF-8 too, never an error of the run. */
    public static Charset charset(String contentType) {
        Matcher named = CHARSET.matcher(contentType);
        if (!named.find()) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(named.group(1));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return StandardCharsets.UTF_8;
        }
    }
}
