package org.contractfirst.spec.breaking.rules;

import org.contractfirst.spec.breaking.ChangeRule;
import org.contractfirst.spec.breaking.Changes;
import org.contractfirst.spec.breaking.Direction;
import org.contractfirst.spec.breaking.Kind;
import org.contractfirst.spec.breaking.Node;
import org.contractfirst.spec.breaking.SchemaPair;
import org.contractfirst.spec.breaking.WireSchema;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The properties of an object on the wire (the parts of a multipart body among them; read-only ones are not in
 * requests, write-only ones not in responses). One removed breaks both sides: servers no longer read what clients
 * send in it, or clients no longer get what they read. One added breaks neither; a new required one is also
 * reported by {@link RequiredProperties}.
 */
public final class PropertyPresence implements ChangeRule.OfSchema {

    private static final Removal REQUEST_REMOVED = Removal.of("request-property-removed");
    private static final Kind REQUEST_ADDED = Kind.compatible("request-property-added");
    private static final Removal RESPONSE_REMOVED = Removal.of("response-property-removed");
    private static final Kind RESPONSE_ADDED = Kind.compatible("response-property-added");

    @Override
    public List<Kind> kinds() {
        return Stream.of(REQUEST_REMOVED.kindsAnd(REQUEST_ADDED), RESPONSE_REMOVED.kindsAnd(RESPONSE_ADDED))
                .flatMap(List::stream).toList();
    }

    @Override
    public void judge(SchemaPair pair, Changes changes) {
        boolean request = pair.direction() == Direction.REQUEST;
        WireSchema before = pair.before();
        WireSchema after = pair.after();
        Map<String, Node> old = before.properties();
        Map<String, Node> now = after.properties();
        old.forEach((name, property) -> {
            if (before.onTheWire(name, pair.direction()) && !after.onTheWire(name, pair.direction())) {
                // A property still named but now read-only (or write-only) left this direction, it was not removed.
                Removal removal = request ? REQUEST_REMOVED : RESPONSE_REMOVED;
                removal.report(changes, pair.where(), property, now.getOrDefault(name, after.where("properties")),
                        now.containsKey(name) ? null : "`" + name + "`", "`" + name + "` was removed; " + (request
                                ? "servers no longer read it, or reject it as unknown" : "clients that read it no longer get it"));
            }
        });
        now.forEach((name, property) -> {
            if (after.onTheWire(name, pair.direction()) && !before.onTheWire(name, pair.direction())) {
                changes.report(request ? REQUEST_ADDED : RESPONSE_ADDED, pair.where(),
                        old.getOrDefault(name, before.where("properties")), property, "`" + name + "` was added");
            }
        });
    }
}
