package org.contractfirst.server.runtime.gate;

import org.contractfirst.server.runtime.pipeline.ErrorKind;
import org.contractfirst.server.runtime.pipeline.ErrorShape;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.glassfish.grizzly.filterchain.FilterChainBuilder;
import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.http.ContentEncoding;
import org.glassfish.grizzly.http.HttpContent;
import org.glassfish.grizzly.http.HttpHeader;
import org.glassfish.grizzly.http.HttpRequestPacket;
import org.glassfish.grizzly.http.HttpResponsePacket;
import org.glassfish.grizzly.http.HttpServerFilter;
import org.glassfish.grizzly.http.Protocol;
import org.glassfish.grizzly.http.server.AddOn;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.http.util.Header;
import org.glassfish.grizzly.http.util.MimeHeaders;
import org.glassfish.grizzly.memory.Buffers;
import org.glassfish.grizzly.memory.MemoryManager;
import org.glassfish.grizzly.utils.DelayedExecutor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Answers the requests Grizzly cannot parse, which never reach a handler, in the API's error shape (JSON: a request
 * that cannot be read cannot be negotiated with): a request line longer than the listener's header limit is
 * {@link ErrorKind#URI_TOO_LONG}, a longer header section or more header fields than the listener takes
 * {@link ErrorKind#HEADERS_TOO_LARGE}, and a request line, header or body framing Grizzly cannot read
 * {@link ErrorKind#MALFORMED_INPUT}. Grizzly answers them with a bare 400 otherwise. Added
 * to a listener as an {@link AddOn}, it takes the place of Grizzly's HTTP codec with the listener's own settings.
 */
public final class UnparsableRequests extends HttpServerFilter {

    private static final String REFUSED = UnparsableRequests.class.getName() + ".refused";

    private final ErrorShape errors;
    private final ObjectMapper json;
    private final int maxRequestHeaders;

    private UnparsableRequests(NetworkListener listener, HttpServerFilter replaced, DelayedExecutor keepAliveTimer,
                               ErrorShape errors, ObjectMapper json) {
        super(listener.isChunkingEnabled(), listener.getMaxHttpHeaderSize(), replaced.getDefaultResponseContentType(),
                listener.getKeepAlive(), keepAliveTimer, listener.getMaxRequestHeaders(), listener.getMaxResponseHeaders());
        this.errors = errors;
        this.json = json;
        this.maxRequestHeaders = listener.getMaxRequestHeaders();
        for (ContentEncoding encoding : replaced.getContentEncodings()) {
            addContentEncoding(encoding);
        }
        setAllowPayloadForUndefinedHttpMethods(replaced.isAllowPayloadForUndefinedHttpMethods());
        setMaxPayloadRemainderToSkip(replaced.getMaxPayloadRemainderToSkip());
        setRemoveHandledContentEncodingHeaders(replaced.isRemoveHandledContentEncodingHeaders());
    }

    /** The add-on that puts this codec in the place of Grizzly's; {@code keepAliveTimer} closes idle connections. */
    public static AddOn addOn(DelayedExecutor keepAliveTimer, ErrorShape errors, ObjectMapper json) {
        return (NetworkListener listener, FilterChainBuilder chain) -> {
            int index = chain.indexOfType(HttpServerFilter.class);
            chain.set(index, new UnparsableRequests(listener, (HttpServerFilter) chain.get(index), keepAliveTimer,
                    errors, json));
        };
    }

    /**
     * An {@code Upgrade} (the JDK's client asks for {@code h2c} on its first plain request) is ignored, as RFC 9110
     * §7.8 lets a server that stays with HTTP/1.1: Grizzly would take what follows the header section for the other
     * protocol's bytes, never see the body end, and the request would wait out its timeout into a 500.
     */
    @Override
    protected void onIncomingUpgrade(FilterChainContext ctx, HttpHeader header) {
        header.getUpgradeDC().recycle();
        header.getHeaders().removeHeader(Header.Upgrade);
    }

    @Override
    protected void onHttpHeaderError(HttpHeader header, FilterChainContext ctx, Throwable error) throws IOException {
        String message = String.valueOf(error.getMessage());
        refuse(header, message.contains("intial line is too large")
                ? errors.error(ErrorKind.URI_TOO_LONG, "the request line is longer than " + maxHeadersSize + " bytes")
                : message.contains("header is too large")
                ? errors.error(ErrorKind.HEADERS_TOO_LARGE, "the request line and headers are larger than "
                        + maxHeadersSize + " bytes")
                : causes(error, MimeHeaders.MaxHeaderCountExceededException.class)
                ? errors.error(ErrorKind.HEADERS_TOO_LARGE, "the request has more header fields than "
                        + maxRequestHeaders)
                : errors.error(ErrorKind.MALFORMED_INPUT, "the request line or a header cannot be read"));
        super.onHttpHeaderError(header, ctx, error);
    }

    /** A body whose framing cannot be read (a chunk size that is not hex, say), if nothing was answered yet. */
    @Override
    protected void onHttpContentError(HttpHeader header, FilterChainContext ctx, Throwable error) throws IOException {
        refuse(header, errors.error(ErrorKind.MALFORMED_INPUT, "the body's transfer coding cannot be read"));
        super.onHttpContentError(header, ctx, error);
    }

    private static void refuse(HttpHeader header, jakarta.ws.rs.core.Response refusal) {
        if (header instanceof HttpRequestPacket request && !request.getResponse().isCommitted()) {
            if (request.getProtocol() == Protocol.HTTP_0_9) {
                // An initial line cut short reads as HTTP/0.9, whose responses have no header fields.
                request.setProtocol(Protocol.HTTP_1_1);
            }
            request.getAttributes().setAttribute(REFUSED, refusal);
            jakarta.ws.rs.core.Response.StatusType status = refusal.getStatusInfo();
            request.getResponse().setStatus(status.getStatusCode());
            request.getResponse().setReasonPhrase(status.getReasonPhrase() == null ? "" : status.getReasonPhrase());
        }
    }

    private static boolean causes(Throwable error, Class<? extends Throwable> type) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected HttpContent customizeErrorResponse(HttpResponsePacket response) {
        Object refusal = response.getRequest() == null ? null
                : response.getRequest().getAttributes().getAttribute(REFUSED);
        if (!(refusal instanceof jakarta.ws.rs.core.Response error)) {
            return super.customizeErrorResponse(response);
        }
        byte[] body;
        try {
            body = json.writeValueAsBytes(error.getEntity());
        } catch (JsonProcessingException e) {
            body = "{}".getBytes(StandardCharsets.UTF_8);
        }
        response.setContentType(error.getMediaType() == null ? "application/json" : error.getMediaType().toString());
        response.setContentLength(body.length);
        return HttpContent.builder(response).content(Buffers.wrap(MemoryManager.DEFAULT_MEMORY_MANAGER, body)).last(true).build();
    }
}
