package org.contractfirst.client.runtime;

import com.fasterxml.jackson.databind.JavaType;
import java.io.File;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;

/**
 * Sends the operations of one API's client: applies the credential, the timeouts, the media type and the retry
 * policy of its {@link ClientConfig}, and turns each response into a typed result or the API's exception.
 */
public final class ApiTransport<E extends ClientApiException> {

    private final ClientConfig config;
    private final HttpClient http;
    private final Function<ApiResponse<?>, E> exceptions;
    private final RetryAfter retryAfter = new RetryAfter();

    public ApiTransport(ClientConfig config, Function<ApiResponse<?>, E> exceptions) {
        // HTTP/1.1: an h2c upgrade on a request with a body is not answered by every server.
        this(config, HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(config.connectTimeout()).build(), exceptions);
    }

    private ApiTransport(ClientConfig config, HttpClient http, Function<ApiResponse<?>, E> exceptions) {
        this.config = config;
        this.http = http;
        this.exceptions = exceptions;
    }

    /** The same client asking for {@code format}; it shares the connection pool. */
    public ApiTransport<E> withFormat(Format format) {
        return new ApiTransport<>(config.withFormat(format), http, exceptions);
    }

    public <T> ApiResponse<T> execute(Operation operation) throws E {
        HttpRequest request = request(operation);
        HttpResponse<byte[]> response = sendWithRetries(request);
        int status = response.statusCode();
        byte[] raw = response.body();
        String contentType = response.headers().firstValue("Content-Type").orElse(null);
        Format format = Format.of(contentType);
        if (status >= 200 && status < 300) {
            @SuppressWarnings("unchecked")
            T body = (T) read(raw, contentType, operation.returnType());
            return new ApiResponse<>(status, response.headers(), body, raw);
        }
        Object errorBody = readErrorBody(raw, format, operation.errorType(status));
        throw exceptions.apply(new ApiResponse<>(status, response.headers(), errorBody, raw));
    }

    private HttpRequest request(Operation operation) {
        operation.authenticate(config);
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(config.baseUri() + operation.pathAndQuery()))
                .timeout(config.requestTimeout());
        operation.headers().forEach(builder::header);
        byte[] body = operation.body();
        builder.method(operation.method(), body == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body));
        if (body != null) {
            builder.header("Content-Type", operation.contentType());
        }
        if (operation.answers()) {
            builder.header("Accept", operation.accept(config.format()).mediaType());
        }
        return builder.build();
    }

    private HttpResponse<byte[]> sendWithRetries(HttpRequest request) {
        RetryPolicy policy = config.retryPolicy();
        try {
            for (int attempt = 1; ; attempt++) {
                HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                if (!policy.retries(response.statusCode(), attempt)) {
                    return response;
                }
                Duration wait = retryAfter.of(response).orElse(policy.fallbackWait());
                if (wait.compareTo(policy.maxWait()) > 0) {
                    return response;
                }
                Thread.sleep(wait.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new InterruptedIOException("interrupted: " + request.uri()));
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + ": " + e.getMessage(), e);
        }
    }

    /**
     * A success body as the operation's type: JSON or XML read into it; a body of another media type as text, bytes
     * or a file, whichever the type is; and, for a type of String, any body that is not a JSON string as its text.
     */
    private static Object read(byte[] raw, String contentType, JavaType type) {
        if (type == null || raw.length == 0) {
            return null;
        }
        Class<?> rawType = type.getRawClass();
        boolean structured = contentType == null || contentType.contains("json") || contentType.contains("xml");
        try {
            if (rawType == byte[].class && !structured) {
                return raw;
            }
            if (rawType == File.class) {
                Path file = Files.createTempFile("response", ".bin");
                Files.write(file, raw);
                return file.toFile();
            }
            if (rawType == String.class && (!structured || !startsAsJsonString(raw))) {
                return new String(raw, StandardCharsets.UTF_8);
            }
            return Codec.read(raw, Format.of(contentType), type);
        } catch (IOException e) {
            throw new UncheckedIOException("the response body is not a " + type, e);
        }
    }

    private static boolean startsAsJsonString(byte[] raw) {
        for (byte b : raw) {
            if (!Character.isWhitespace(b)) {
                return b == '"';
            }
        }
        return false;
    }

    // An error body that does not parse must not hide the status: the raw body still says what went wrong.
    private static Object readErrorBody(byte[] raw, Format format, JavaType type) {
        if (type == null || raw.length == 0) {
            return null;
        }
        try {
            return Codec.read(raw, format, type);
        } catch (IOException e) {
            return null;
        }
    }
}
