package org.contractfirst.server.runtime;

import java.util.function.Function;

/**
 * One API's server: its spec (a classpath resource such as {@code specs/bird.yaml}), where it is mounted, the generated resource (given the multipart binder it needs), its error
 * shape, how it authenticates, the largest body it reads, whether unknown JSON fields are errors, and whether it
 * negotiates the response's media type by Accept (an API with one media type and no documented 406 ignores Accept).
 */
public record ServerConfig(String name, String spec, String basePath, Function<MultipartBinder, Object> resource,
                           ErrorShape errors, Authenticator authenticator, long maxBodyBytes,
                           boolean rejectUnknownFields, boolean negotiatesMediaType) {
}
