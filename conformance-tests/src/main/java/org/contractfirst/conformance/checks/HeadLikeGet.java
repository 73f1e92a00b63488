package org.contractfirst.conformance.checks;

import org.contractfirst.conformance.http.Exchange;
import org.contractfirst.conformance.http.RawRequest;
import org.contractfirst.conformance.requests.Call;
import org.contractfirst.conformance.requests.RunContext;
import org.contractfirst.conformance.spec.ApiSpec;
import org.contractfirst.conformance.spec.Operation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * HEAD is GET without content (RFC 9110 §9.3.2; every general-purpose server supports both): a HEAD of a GET's
 * request gets the GET's status, its Content-Type where it sends one, and no content at all; where the spec
 * describes HEAD itself, the other checks hold it to that. Sent as bytes over a connection of its own, so that
 * content a server wrongly sends is seen.
 */
public final class HeadLikeGet implements HttpRuleCheck {

    @Override
    public String name() {
        return "head_like_get";
    }

    @Override
    public String code() {
        return "CF131";
    }

    @Override
    public String nothingToJudge() {
        return "its GET got no 2xx to compare a HEAD with";
    }

    @Override
    public boolean appliesTo(ApiSpec spec, Operation operation) {
        return operation.method().equals("GET") && spec.operation("HEAD", operation.path()).isEmpty();
    }

    @Override
    public void run(RunContext context, Recorder recorder, Operation operation) {
        Call get = context.requests().valid(operation);
        Exchange got = recorder.send(operation, get, Intent.VALID);
        if (got.status() < 200 || got.status() >= 300) {
            return;
        }
        RawRequest head = RawRequest.of(context.requests().render(get).withMethod("HEAD"));
        Exchange headed = recorder.sendRaw(head);
        List<String> expected = new ArrayList<>();
        if (headed.status() != got.status()) {
            expected.add("the GET's status, " + got.status());
        }
        if (headed.hasBody()) {
            expected.add("no content (" + headed.body().length + " bytes came)");
        }
        if (headed.header("Content-Type").isPresent() && got.header("Content-Type").isPresent()
                && !headed.mediaType().equals(got.mediaType())) {
            expected.add("the GET's Content-Type, " + got.mediaType());
        }
        recorder.judge(this, operation, head, headed, expected.isEmpty() ? Optional.empty()
                : Optional.of("a HEAD answered as the GET with " + String.join(" and ", expected)));
    }
}
