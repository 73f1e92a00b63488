package org.contractfirst.server.runtime.gate;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.contractfirst.server.runtime.pipeline.ErrorKind;
import org.contractfirst.server.runtime.pipeline.ErrorShape;
import org.contractfirst.server.runtime.pipeline.Stage;
import org.contractfirst.server.runtime.pipeline.Steps;
import org.contractfirst.server.runtime.routing.ParameterStyles;
import org.contractfirst.server.runtime.spec.ServedSpec;
import org.glassfish.grizzly.http.server.AddOn;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.utils.DelayedExecutor;

import java.util.List;

/**
 * The gate: what is no request for this API at all. Grizzly's codec is replaced ({@link UnparsableRequests}), a
 * handler in front of Jersey reads the URL and headers ({@link RequestGate}), and the first filters answer its
 * refusals, bound the body ({@link BodyLimit}), refuse a path the spec does not have ({@link UnknownPaths}) and read a
 * form body as the URL is read ({@link FormBodies}).
 */
public final class GateStage implements Stage {

    private final ServedSpec spec;
    private final ErrorShape errors;
    private final ObjectMapper json;
    private final long maxBodyBytes;
    private final ParameterStyles styles;

    public GateStage(ServedSpec spec, ErrorShape errors, ObjectMapper json, long maxBodyBytes, ParameterStyles styles) {
        this.spec = spec;
        this.errors = errors;
        this.json = json;
        this.maxBodyBytes = maxBodyBytes;
        this.styles = styles;
    }

    @Override
    public String name() {
        return "gate";
    }

    @Override
    public List<Refusal> refusals() {
        return List.of(
                new Refusal(ErrorKind.MALFORMED_INPUT, "a request line, URL, query, header or form body that cannot be read"),
                new Refusal(ErrorKind.URI_TOO_LONG, "a request line longer than the header limit"),
                new Refusal(ErrorKind.HEADERS_TOO_LARGE, "a header section over the header limit"),
                new Refusal(ErrorKind.NOT_FOUND, "a path outside the base path, or that no path of the spec matches"),
                new Refusal(ErrorKind.PAYLOAD_TOO_LARGE, "a body over the API's limit"));
    }

    @Override
    public void register(Steps steps) {
        steps.requestFilter(new RequestGate.Refusals(errors))
                .requestFilter(new BodyLimit(maxBodyBytes, errors))
                .requestFilter(new UnknownPaths(spec, errors))
                .requestFilter(new FormBodies(errors, spec, styles));
    }

    /** The path every request must be under: the base path of the spec's local server. */
    public String basePath() {
        return spec.localServer().basePath();
    }

    /** The one Grizzly handler of the API, in front of {@code jersey}, at the root. */
    public HttpHandler inFrontOf(HttpHandler jersey) {
        return new RequestGate(jersey, basePath(), errors, json);
    }

    /** The listener's HTTP codec, which answers what Grizzly cannot parse in the API's error shape. */
    public AddOn unparsableRequests(DelayedExecutor keepAliveTimer) {
        return UnparsableRequests.addOn(keepAliveTimer, errors, json);
    }
}
