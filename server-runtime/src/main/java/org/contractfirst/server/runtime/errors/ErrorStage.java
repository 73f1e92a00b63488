package org.contractfirst.server.runtime.errors;

import org.contractfirst.server.runtime.pipeline.ErrorShape;
import org.contractfirst.server.runtime.pipeline.ErrorKind;
import org.contractfirst.server.runtime.pipeline.Stage;
import org.contractfirst.server.runtime.pipeline.Steps;
import org.glassfish.jersey.server.ServerProperties;

import java.util.List;

/**
 * Errors: every exception a stage or the implementation raises, and Jersey's own refusals, answered in the API's
 * error shape ({@link ErrorMappers}); anything unexpected as its internal error, never a container page or a
 * stack trace.
 */
public final class ErrorStage implements Stage {

    private final ErrorShape errors;

    public ErrorStage(ErrorShape errors) {
        this.errors = errors;
    }

    @Override
    public String name() {
        return "errors";
    }

    @Override
    public List<Refusal> refusals() {
        return List.of(new Refusal(ErrorKind.INTERNAL, "anything unexpected, answered without a stack trace"));
    }

    @Override
    public void register(Steps steps) {
        ErrorMappers.all(errors).forEach(steps::provider);
        steps.property(ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR, true);
    }
}
