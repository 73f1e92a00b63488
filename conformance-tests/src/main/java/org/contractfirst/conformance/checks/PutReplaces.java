package org.contractfirst.conformance.checks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.contractfirst.conformance.requests.Call;
import org.contractfirst.conformance.requests.Reads;
import org.contractfirst.conformance.requests.RunContext;
import org.contractfirst.conformance.requests.SchemaSites;
import org.contractfirst.conformance.requests.ValidVariants;
import org.contractfirst.conformance.requests.Writes;
import org.contractfirst.conformance.spec.MediaType;
import org.contractfirst.conformance.spec.ApiSpec;
import org.contractfirst.conformance.spec.Operation;
import org.contractfirst.values.Schemas;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A PUT replaces the resource with what it encloses (RFC 9110 §9.3.4), so what it leaves out is not kept from an
 * earlier write. The check PUTs the required properties only, then every writable one, then the required ones
 * again, reading the resource after each: an optional property the last PUT left out that shows the value the full
 * PUT gave it, where the first PUT of the same body left it otherwise, was kept by a merge. The same body meeting two
 * outcomes is the proof; what a server fills in on its own (absent, null, a default) is whatever the first read
 * showed. An HTTP finding: PUT's meaning is HTTP's, and an OpenAPI document seldom restates it.
 */
public final class PutReplaces implements ScenarioCheck {

    @Override
    public String name() {
        return "put_replaces";
    }

    @Override
    public String code() {
        return "CF146";
    }

    @Override
    public String nothingToJudge() {
        return "no PUT of an object body with optional properties was taken that a GET on the same path reads back";
    }

    @Override
    public boolean appliesTo(ApiSpec spec, Operation operation) {
        return operation.method().equals("PUT");
    }

    @Override
    public Rulebook rulebook() {
        return Rulebook.HTTP;
    }

    @Override
    public boolean needsReach() {
        return true;
    }

    @Override
    public boolean stateful() {
        return true;
    }

    @Override
    public void run(RunContext context, Recorder recorder, Operation operation) {
        Call valid = context.requests().valid(operation);
        if (valid.media().isEmpty() || !(valid.body().orElse(null) instanceof ObjectNode body)) {
            return;
        }
        MediaType media = valid.media().get();
        List<String> requiredNames = Schemas.required(context.spec().schemas().effective(media.schema()));
        Optional<Call> required = fitting(context, valid, required(body, requiredNames));
        Optional<Call> full = fitting(context, valid, new ValidVariants(context).drawn(media, body));
        Optional<Reads.Read> read = Reads.byPath(context, valid);
        if (required.isEmpty() || full.isEmpty() || read.isEmpty()) {
            return;
        }
        Set<String> optional = new TreeSet<>();
        full.get().body().orElseThrow().fieldNames().forEachRemaining(optional::add);
        optional.removeAll(requiredNames);
        if (optional.isEmpty()) {
            return;
        }
        Set<String> volatiles = Snapshots.volatilePointers(context, recorder, read.get());
        Reads.Read reading = read.get();
        Optional<Snapshots.Snapshot> alone = Snapshots.afterWrite(context, recorder, operation, required.get(), reading);
        Optional<Snapshots.Snapshot> filled = alone.flatMap(any -> Snapshots.afterWrite(context, recorder, operation, full.get(), reading));
        Optional<Snapshots.Snapshot> again = filled.flatMap(any -> Snapshots.afterWrite(context, recorder, operation, required.get(),
                reading));
        if (again.isEmpty()) {
            return;
        }
        Set<String> kept = new TreeSet<>();
        for (String name : optional) {
            String pointer = "/" + SchemaSites.escaped(name);
            JsonNode first = alone.get().view().at(pointer);
            JsonNode filledIn = filled.get().view().at(pointer);
            JsonNode last = again.get().view().at(pointer);
            if (!filledIn.isMissingNode() && last.equals(filledIn) && !last.equals(first) && !volatiles.contains(pointer)) {
                kept.add(name);
            }
        }
        recorder.judge(this, operation, again.get().exchange(), kept.isEmpty() ? Optional.empty()
                : Optional.of(read.get().operation().operationId() + " to show what a PUT of the required properties alone"
                + " leaves (as the same PUT did before), not what an earlier PUT set; kept: " + kept));
    }

    private static ObjectNode required(ObjectNode body, List<String> required) {
        ObjectNode cut = body.objectNode();
        required.stream().filter(body::has).forEach(name -> cut.set(name, body.get(name)));
        return cut;
    }

    /** The valid call with {@code body}, where the body is an object its schema allows. */
    private static Optional<Call> fitting(RunContext context, Call valid, JsonNode body) {
        return body instanceof ObjectNode ? Writes.allowed(context, valid, body) : Optional.empty();
    }
}
