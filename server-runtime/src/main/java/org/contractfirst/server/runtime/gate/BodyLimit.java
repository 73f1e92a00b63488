package org.contractfirst.server.runtime.gate;

import org.contractfirst.server.runtime.pipeline.ErrorKind;
import org.contractfirst.server.runtime.pipeline.ErrorShape;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses a body over the API's limit with its 413: at once when Content-Length says so, else as soon as the stream
 * passes the limit, so that an oversized body is never read whole.
 */
@PreMatching
public final class BodyLimit implements ContainerRequestFilter {

    private final long maxBytes;
    private final ErrorShape errors;

    public BodyLimit(long maxBytes, ErrorShape errors) {
        this.maxBytes = maxBytes;
        this.errors = errors;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > maxBytes) {
            request.abortWith(tooLarge());
            return;
        }
        request.setEntityStream(new Limited(request.getEntityStream()));
    }

    private Response tooLarge() {
        return errors.error(ErrorKind.PAYLOAD_TOO_LARGE, "the body is larger than " + maxBytes + " bytes");
    }

    private final class Limited extends FilterInputStream {
        private long read;

        Limited(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int value = super.read();
            count(value < 0 ? 0 : 1);
            return value;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int count = super.read(buffer, offset, length);
            count(Math.max(count, 0));
            return count;
        }

        private void count(int bytes) {
            read += bytes;
            if (read > maxBytes) {
                throw new WebApplicationException(tooLarge());
            }
        }
    }
}
