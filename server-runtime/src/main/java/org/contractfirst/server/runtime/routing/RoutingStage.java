package org.contractfirst.server.runtime.routing;

import org.contractfirst.server.runtime.pipeline.ErrorKind;
import org.contractfirst.server.runtime.pipeline.Stage;
import org.contractfirst.server.runtime.pipeline.Steps;
import org.contractfirst.server.runtime.spec.ServedSpec;
import org.glassfish.jersey.server.ServerProperties;

import java.util.List;

/**
 * Routing: a path in its declared style is rewritten to the simple one the generated {@code @Path} matches
 * ({@link ParameterStyles}), Accept is set aside where the API has one media type ({@link IgnoreAccept}), and Jersey
 * matches the request to an operation by path, method, Content-Type and Accept. Its refusals are Jersey's, which
 * the errors stage answers in the API's shape.
 */
public final class RoutingStage implements Stage {

    private final ServedSpec spec;
    private final ParameterStyles styles;

    public RoutingStage(ServedSpec spec, ParameterStyles styles) {
        this.spec = spec;
        this.styles = styles;
    }

    @Override
    public String name() {
        return "routing";
    }

    @Override
    public List<Refusal> refusals() {
        return List.of(
                new Refusal(ErrorKind.METHOD_NOT_ALLOWED, "a method the path does not have"),
                new Refusal(ErrorKind.UNSUPPORTED_MEDIA_TYPE, "a Content-Type the operation does not take"),
                new Refusal(ErrorKind.NOT_ACCEPTABLE, "an Accept that none of the operation's media types meets"));
    }

    @Override
    public void register(Steps steps) {
        steps.requestFilter(styles)
                .requestFilter(spec.negotiatesMediaType() ? IgnoreAccept.ofOptions() : IgnoreAccept.always())
                .property(ServerProperties.WADL_FEATURE_DISABLE, true);
    }
}
