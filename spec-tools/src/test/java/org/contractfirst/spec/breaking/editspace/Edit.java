package org.contractfirst.spec.breaking.editspace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Locale;

/** One edit of a spec: what is done, where, and the value put there (none for a removal). */
record Edit(Kind kind, Place place, JsonNode value) {

    enum Kind {
        REMOVE, ADD, CHANGE, TIGHTEN, LOOSEN;

        String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    static Edit remove(Place place) {
        return new Edit(Kind.REMOVE, place, null);
    }

    /** A copy of the spec with the edit made; the spec itself is left as it was. */
    JsonNode applyTo(JsonNode spec) {
        JsonNode edited = spec.deepCopy();
        JsonNode parent = edited.at(place.parent().pointer());
        String key = place.last().text();
        if (parent instanceof ArrayNode list) {
            int index = Integer.parseInt(key);
            if (kind == Kind.REMOVE) {
                list.remove(index);
            } else if (index == list.size()) {
                list.add(value);
            } else {
                list.set(index, value);
            }
        } else if (kind == Kind.REMOVE) {
            ((ObjectNode) parent).remove(key);
        } else {
            ((ObjectNode) parent).set(key, value);
        }
        return edited;
    }

    /** {@code tighten /components/schemas/Item/properties/name/maxLength = 99}. */
    @Override
    public String toString() {
        return kind.label() + " " + place + (value == null ? "" : " = " + value);
    }
}
