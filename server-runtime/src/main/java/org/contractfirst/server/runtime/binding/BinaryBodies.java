package org.contractfirst.server.runtime.binding;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.MessageBodyWriter;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * A body of binary content ({@code format: binary} under any media type, such as {@code application/octet-stream}
 * or {@code image/png}), which the generated code holds as a {@link FilePart}: read whole (the body limit bounds
 * it), and written as its bytes, with its own content type where the response names none.
 */
@Consumes(MediaType.WILDCARD)
@Produces(MediaType.WILDCARD)
public final class BinaryBodies implements MessageBodyReader<FilePart>, MessageBodyWriter<FilePart> {

    private static final String NAME = "body";

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == FilePart.class;
    }

    @Override
    public FilePart readFrom(Class<FilePart> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                             MultivaluedMap<String, String> headers, InputStream body) throws IOException {
        return new FilePart(NAME, mediaType == null ? MediaType.APPLICATION_OCTET_STREAM : mediaType.toString(),
                body.readAllBytes());
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == FilePart.class;
    }

    @Override
    public void writeTo(FilePart part, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        out.write(part.content());
    }
}
