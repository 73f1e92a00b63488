package org.contractfirst.server.runtime.result;

import org.contractfirst.server.runtime.binding.XmlRequestBodies;
import org.contractfirst.server.runtime.spec.CurrentOperation;
import org.contractfirst.server.runtime.spec.ServedSpec;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import org.contractfirst.values.xml.XmlWriter;

/**
 * Writes an XML answer as its response schema's {@code xml} objects describe it (element and attribute names,
 * wrapped or unwrapped arrays, namespaces), from the answer's JSON form, so that XML and JSON carry the same fields.
 * An answer the spec gives no XML schema for is left to {@link XmlBodies}. Runs before {@link CurrentOperation}
 * forgets the operation: response filters run from the highest priority down.
 */
public final class XmlResponses implements ContainerResponseFilter {

    private final ServedSpec spec;
    private final ObjectMapper json;
    private final XmlWriter xml;

    public XmlResponses(ServedSpec spec, ObjectMapper json) {
        this.spec = spec;
        this.json = json;
        this.xml = new XmlWriter(spec.schemas());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        MediaType mediaType = response.getMediaType();
        if (!response.hasEntity() || response.getEntity() instanceof CharSequence || !XmlRequestBodies.isXml(mediaType)) {
            return;
        }
        CurrentOperation.id().flatMap(operation -> spec.responseSchema(operation, response.getStatus(), mediaType))
                .ifPresent(schema -> response.setEntity(xml.write(schema, json.valueToTree(response.getEntity())),
                        response.getEntityAnnotations(), mediaType));
    }
}
