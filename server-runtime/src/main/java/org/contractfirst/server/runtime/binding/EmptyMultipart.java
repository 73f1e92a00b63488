package org.contractfirst.server.runtime.binding;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import org.glassfish.jersey.media.multipart.FormDataMultiPart;

import java.io.IOException;
import java.io.PushbackInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads a multipart form of no parts (only its close delimiter, as browsers send an empty form and clients a body
 * whose properties are all unset) as an empty form, which Jersey's multipart reader refuses as unreadable: its
 * properties are then judged as absent, by the spec's rules for them.
 */
public final class EmptyMultipart implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        String boundary = context.getMediaType() == null ? null
                : context.getMediaType().getParameters().get("boundary");
        if (context.getType() != FormDataMultiPart.class || boundary == null
                || !context.getMediaType().isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE)) {
            return context.proceed();
        }
        byte[] close = ("--" + boundary + "--").getBytes(StandardCharsets.ISO_8859_1);
        PushbackInputStream body = new PushbackInputStream(context.getInputStream(), close.length + 2);
        byte[] head = body.readNBytes(close.length + 2);
        int start = head.length >= 2 && head[0] == '\r' && head[1] == '\n' ? 2 : 0;
        if (head.length - start >= close.length && Arrays.equals(head, start, start + close.length, close, 0, close.length)) {
            return new FormDataMultiPart();
        }
        body.unread(head);
        context.setInputStream(body);
        return context.proceed();
    }
}
