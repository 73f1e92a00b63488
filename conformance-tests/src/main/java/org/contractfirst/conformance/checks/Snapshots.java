package org.contractfirst.conformance.checks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.contractfirst.conformance.http.Exchange;
import org.contractfirst.conformance.requests.Call;
import org.contractfirst.conformance.requests.Reads;
import org.contractfirst.conformance.requests.RunContext;
import org.contractfirst.conformance.requests.SchemaSites;
import org.contractfirst.conformance.spec.Operation;
import org.contractfirst.values.Schemas;

import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a read shows of a resource, to compare before and after a write: its JSON body without the properties its
 * schema marks {@code readOnly} (the server's to change: timestamps, counters, versions); a body that is not JSON as
 * its text. Fields that change between two reads with nothing written between them are volatile, and left out of
 * every comparison too.
 */
final class Snapshots {

    /** One read's answer and what it shows. */
    record Snapshot(Exchange exchange, JsonNode view) {

        boolean succeeded() {
            return exchange.status() >= 200 && exchange.status() < 300;
        }
    }

    private Snapshots() {
    }

    static Snapshot take(RunContext context, Recorder recorder, Reads.Read read) {
        Exchange exchange = recorder.send(read.operation(), read.call(), Intent.VALID);
        JsonNode schema = read.operation().jsonSchema(exchange.status()).orElse(MissingNode.getInstance());
        JsonNode view = exchange.json().map(body -> withoutReadOnly(context.spec().schemas(), schema, body))
                .orElseGet(() -> com.fasterxml.jackson.databind.node.TextNode.valueOf(exchange.text()));
        return new Snapshot(exchange, view);
    }

    /** Two reads with nothing written between them: the JSON pointers of what changed anyway. */
    /** Sends the write; where it succeeds, the read's snapshot after it, where that read succeeds too. */
    static Optional<Snapshot> afterWrite(RunContext context, Recorder recorder, Operation operation, Call write, Reads.Read read) {
        var answer = recorder.send(operation, write, Intent.VALID);
        if (answer.status() < 200 || answer.status() >= 300) {
            return Optional.empty();
        }
        Snapshot snapshot = take(context, recorder, read);
        return snapshot.succeeded() ? Optional.of(snapshot) : Optional.empty();
    }

    static Set<String> volatilePointers(RunContext context, Recorder recorder, Reads.Read read) {
        return changed(take(context, recorder, read).view(), take(context, recorder, read).view());
    }

    /** The JSON pointers at which {@code after} differs from {@code before}: each value changed, added or removed. */
    static Set<String> changed(JsonNode before, JsonNode after) {
        Set<String> pointers = new TreeSet<>();
        compare("", before, after, pointers);
        return pointers;
    }

    /** The changed pointers that are neither volatile nor under a volatile pointer. */
    static Set<String> changedBeyond(JsonNode before, JsonNode after, Set<String> volatiles) {
        Set<String> changed = changed(before, after);
        changed.removeIf(pointer -> volatiles.stream().anyMatch(each -> pointer.equals(each) || pointer.startsWith(each + "/")));
        return changed;
    }

    private static void compare(String pointer, JsonNode before, JsonNode after, Set<String> changed) {
        if (before == null || after == null || before.getNodeType() != after.getNodeType()) {
            changed.add(pointer);
        } else if (before.isObject()) {
            Set<String> names = new TreeSet<>();
            before.fieldNames().forEachRemaining(names::add);
            after.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                compare(pointer + "/" + SchemaSites.escaped(name), before.get(name), after.get(name), changed);
            }
        } else if (before.isArray()) {
            if (before.size() != after.size()) {
                changed.add(pointer);
                return;
            }
            for (int i = 0; i < before.size(); i++) {
                compare(pointer + "/" + i, before.get(i), after.get(i), changed);
            }
        } else if (!before.equals(after)) {
            changed.add(pointer);
        }
    }

    /** The value without the properties its schema marks readOnly, at any depth the schema describes. */
    static JsonNode withoutReadOnly(Schemas schemas, JsonNode schema, JsonNode value) {
        if (schema.isMissingNode()) {
            return value;
        }
        ObjectNode effective = schemas.effective(schema);
        if (value instanceof ObjectNode object) {
            ObjectNode kept = object.objectNode();
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                JsonNode property = effective.path("properties").path(field.getKey());
                if (property.isMissingNode() && effective.path("additionalProperties").isObject()) {
                    property = effective.get("additionalProperties");
                }
                if (!property.isMissingNode() && schemas.effective(property).path("readOnly").asBoolean(false)) {
                    continue;
                }
                kept.set(field.getKey(), withoutReadOnly(schemas, property, field.getValue()));
            }
            return kept;
        }
        if (value instanceof ArrayNode array && effective.has("items")) {
            ArrayNode kept = array.arrayNode();
            array.forEach(item -> kept.add(withoutReadOnly(schemas, effective.get("items"), item)));
            return kept;
        }
        return value;
    }
}
