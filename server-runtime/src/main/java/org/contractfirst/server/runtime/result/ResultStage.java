package org.contractfirst.server.runtime.result;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.contractfirst.server.runtime.pipeline.Stage;
import org.contractfirst.server.runtime.pipeline.Steps;
import org.contractfirst.server.runtime.spec.ServedSpec;
import java.util.List;

/**
 * The result: the implementation's answer written in the media type the request accepts among those its status
 * documents ({@link MediaTypeNegotiation}, where the API has more than one), XML by the schema's {@code xml} objects
 * ({@link XmlResponses}). It refuses nothing: an answer the spec does not document does not compile.
 */
public final class ResultStage implements Stage {

    private final ServedSpec spec;
    private final ObjectMapper json;

    public ResultStage(ServedSpec spec, ObjectMapper json) {
        this.spec = spec;
        this.json = json;
    }

    @Override
    public String name() {
        return "result";
    }

    @Override
    public List<Refusal> refusals() {
        return List.of();
    }

    @Override
    public void register(Steps steps) {
        steps.provider(new XmlBodies(json));
        if (spec.negotiatesMediaType()) {
            steps.responseFilter(new MediaTypeNegotiation(spec));
        }
        steps.responseFilter(new XmlResponses(spec, json));
    }
}
