package org.contractfirst.spec.breaking;

/**
 * The old and the new version of one schema, with the direction it travels in, where it is for people (the
 * element's place and the path of properties below it), and, for an XML body, the names its element has on the
 * wire (null where they cannot be told).
 */
public record SchemaPair(WireSchema before, WireSchema after, Direction direction, String place, String path,
        boolean xml, String beforeName, String afterName) {

    /** {@code `PATCH /me` request body `application/json`, `location.id`}. */
    public String where() {
        return path.isEmpty() ? place : place + ", `" + path + "`";
    }

    /** A schema below this one, such as a property or the items, as the comparison walks down to it. */
    public SchemaPair child(WireSchema before, WireSchema after, String path, String beforeName, String afterName) {
        return new SchemaPair(before, after, direction, place, path, xml, beforeName, afterName);
    }
}
