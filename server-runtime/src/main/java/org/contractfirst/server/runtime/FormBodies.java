package org.contractfirst.server.runtime;

import jakarta.annotation.Priority;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads a form body ({@code application/x-www-form-urlencoded}) as the gate reads a query: Jersey decodes a bad
 * escape or bytes that are not UTF-8 into replacement characters, and an escaped NUL into a NUL, and hands them on as
 * text. A form that cannot be read is refused in the API's error shape; one that can is handed on unchanged. It runs
 * after {@link BodyLimit}, which bounds what it reads.
 */
@PreMatching
@Priority(2)
final class FormBodies implements ContainerRequestFilter {

    private final ErrorShape errors;

    FormBodies(ErrorShape errors) {
        this.errors = errors;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (!MediaType.APPLICATION_FORM_URLENCODED_TYPE.isCompatible(request.getMediaType()) || !request.hasEntity()) {
            return;
        }
        byte[] body;
        try {
            body = request.getEntityStream().readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (WebApplicationException tooLarge) {
            request.abortWith(tooLarge.getResponse());
            return;
        }
        RequestSyntax.Checked form = RequestSyntax.query(new String(body, StandardCharsets.ISO_8859_1));
        if (!form.readable()) {
            request.abortWith(errors.error(ErrorKind.MALFORMED_INPUT, form.problem().replace("the query", "the form")));
            return;
        }
        request.setEntityStream(new ByteArrayInputStream(body));
    }
}
