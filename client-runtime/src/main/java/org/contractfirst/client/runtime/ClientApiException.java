package org.contractfirst.client.runtime;

import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;

/**
 * A non-2xx response. Each API's client throws its own subclass; the body is parsed into the model its spec
 * documents for the status (or its {@code default} response), and stays available raw.
 */
public abstract class ClientApiException extends Exception {

    private static final int MESSAGE_BODY_CHARS = 500;

    private final int status;
    private final transient HttpHeaders headers;
    private final transient Object errorBody;
    private final byte[] rawBody;

    protected ClientApiException(ApiResponse<?> response) {
        super("HTTP " + response.status() + ": " + start(response.rawBody()));
        this.status = response.status();
        this.headers = response.headers();
        this.errorBody = response.body();
        this.rawBody = response.rawBody();
    }

    public int status() {
        return status;
    }

    public HttpHeaders headers() {
        return headers;
    }

    /** The parsed body, an instance of the model documented for {@link #status()}; null when none is documented. */
    public Object errorBody() {
        return errorBody;
    }

    public <T> T errorBody(Class<T> documentedType) {
        return documentedType.cast(errorBody);
    }

    public byte[] rawBody() {
        return rawBody.clone();
    }

    public String rawBodyText() {
        return new String(rawBody, StandardCharsets.UTF_8);
    }

    // The message names what went wrong without copying a whole error page into every log line.
    private static String start(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        return text.length() <= MESSAGE_BODY_CHARS ? text : text.substring(0, MESSAGE_BODY_CHARS) + "...";
    }
}
