package org.contractfirst.server.runtime.pipeline;

import jakarta.ws.rs.core.Response;

/** How one API answers each {@link ErrorKind}: the status its spec documents and a body in its own error shape. */
public interface ErrorShape {

    Response error(ErrorKind kind, String message);
}
