package org.contractfirst.conformance.checks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.contractfirst.conformance.requests.Call;
import org.contractfirst.conformance.requests.Reads;
import org.contractfirst.conformance.requests.RunContext;
import org.contractfirst.conformance.requests.SchemaSites;
import org.contractfirst.conformance.requests.Writes;
import org.contractfirst.conformance.spec.MediaType;
import org.contractfirst.conformance.spec.ApiSpec;
import org.contractfirst.conformance.spec.Operation;
import org.contractfirst.values.Schemas;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A PATCH of one field leaves the others as they were (RFC 5789: the patch describes the change, nothing more): the
 * read of the same resource after it shows every field the patch could have set but did not unchanged, readOnly and
 * volatile fields aside ({@link Snapshots}). A field is judged under its own name at the top of the read.
 */
public final class PatchKeepsTheRest implements ScenarioCheck {

    @Override
    public String name() {
        return "patch_keeps_the_rest";
    }

    @Override
    public String code() {
        return "CF141";
    }

    @Override
    public String nothingToJudge() {
        return "no patch of one field was taken that a GET on the same path reads back";
    }

    @Override
    public boolean appliesTo(ApiSpec spec, Operation operation) {
        return operation.method().equals("PATCH");
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
        Writes.MarkedWrite write = Writes.marked(context, operation);
        Optional<Reads.Read> read = Reads.byPath(context, write.call());
        Optional<Call> one = oneField(context, write);
        if (read.isEmpty() || one.isEmpty()) {
            return;
        }
        MediaType media = one.get().media().orElseThrow();
        ObjectNode schema = context.spec().schemas().effective(media.schema());
        Set<String> untouched = new TreeSet<>();
        schema.path("properties").fieldNames().forEachRemaining(untouched::add);
        one.get().body().orElseThrow().fieldNames().forEachRemaining(untouched::remove);
        Set<String> volatiles = Snapshots.volatilePointers(context, recorder, read.get());
        Snapshots.Snapshot before = Snapshots.take(context, recorder, read.get());
        var patched = recorder.send(operation, one.get(), Intent.VALID);
        if (!before.succeeded() || patched.status() < 200 || patched.status() >= 300) {
            return;
        }
        Snapshots.Snapshot after = Snapshots.take(context, recorder, read.get());
        if (!after.succeeded()) {
            return;
        }
        Set<String> changed = new TreeSet<>();
        for (String pointer : Snapshots.changedBeyond(before.view(), after.view(), volatiles)) {
            if (untouched.contains(SchemaSites.topName(pointer))) {
                changed.add(pointer);
            }
        }
        recorder.judge(this, operation, after.exchange(), changed.isEmpty() ? Optional.empty()
                : Optional.of(read.get().operation().operationId() + " to show the fields the patch left out as they were,"
                + " after a patch of " + one.get().body().orElseThrow().fieldNames().next() + " only; changed: " + changed));
    }

    /** The marked write cut to its required fields and its first marked one; empty where the schema will not allow it. */
    private static Optional<Call> oneField(RunContext context, Writes.MarkedWrite write) {
        Call call = write.call();
        if (write.markers().isEmpty() || call.media().isEmpty() || !(call.body().orElse(null) instanceof ObjectNode body)) {
            return Optional.empty();
        }
        MediaType media = call.media().get();
        List<String> required = Schemas.required(context.spec().schemas().effective(media.schema()));
        String field = write.markers().keySet().iterator().next();
        ObjectNode cut = body.objectNode();
        for (Map.Entry<String, JsonNode> entry : iterable(body)) {
            if (required.contains(entry.getKey()) || entry.getKey().equals(field)) {
                cut.set(entry.getKey(), entry.getValue());
            }
        }
        return Writes.allowed(context, call, cut);
    }

    private static Iterable<Map.Entry<String, JsonNode>> iterable(ObjectNode object) {
        return object::fields;
    }
}
