package org.contractfirst.server.runtime.binding;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.contractfirst.server.runtime.pipeline.ErrorKind;
import org.contractfirst.server.runtime.pipeline.ErrorShape;
import org.contractfirst.server.runtime.pipeline.Stage;
import org.contractfirst.server.runtime.pipeline.Steps;
import org.contractfirst.server.runtime.spec.ServedSpec;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.media.multipart.MultiPartFeature;

import java.util.List;

/**
 * Binding: the request's parameters and body read into the arguments of the generated resource method. A form or
 * multipart operation's body must say its media type ({@link MissingContentType}); a required parameter or body
 * must be there ({@link RequiredInput}); then each body is read by its media type's reader (JSON, XML, multipart,
 * binary) and each parameter by its type's converter ({@link Parameters}), and what cannot be read is refused.
 */
public final class BindingStage implements Stage {

    private final ServedSpec spec;
    private final ErrorShape errors;
    private final ObjectMapper json;

    public BindingStage(ServedSpec spec, ErrorShape errors, ObjectMapper json) {
        this.spec = spec;
        this.errors = errors;
        this.json = json;
    }

    @Override
    public String name() {
        return "binding";
    }

    @Override
    public List<Refusal> refusals() {
        return List.of(
                new Refusal(ErrorKind.UNSUPPORTED_MEDIA_TYPE, "a form or multipart body without a Content-Type"),
                new Refusal(ErrorKind.INVALID_INPUT, "a required parameter or body that is absent"),
                new Refusal(ErrorKind.MALFORMED_INPUT, "a body that cannot be read as its media type, a parameter as its type"),
                new Refusal(ErrorKind.INVALID_INPUT, "a parameter value its generated type refuses, such as one outside an enum"));
    }

    @Override
    public void register(Steps steps) {
        steps.provider(JacksonFeature.withoutExceptionMappers())
                .provider(new JsonMapperResolver(json))
                .provider(MultiPartFeature.class)
                .provider(EmptyMultipart.class)
                .provider(new XmlRequestBodies(spec, json))
                .provider(new Parameters(Mappers.form()))
                .requestFilterPerMethod(priority -> new MissingContentType(errors, priority))
                .requestFilter(new RequiredInput(spec, errors))
                .provider(new BinaryBodies());
    }
}
