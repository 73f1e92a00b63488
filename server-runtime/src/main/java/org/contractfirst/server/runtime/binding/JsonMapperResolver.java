package org.contractfirst.server.runtime.binding;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.ext.ContextResolver;

/** Gives Jersey's Jackson provider the server's mapper. */
public final class JsonMapperResolver implements ContextResolver<ObjectMapper> {

    private final ObjectMapper mapper;

    public JsonMapperResolver(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return mapper;
    }
}
