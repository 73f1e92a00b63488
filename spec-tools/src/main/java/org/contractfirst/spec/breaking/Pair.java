package org.contractfirst.spec.breaking;

/**
 * The old and the new version of one element, matched by the comparer, with the direction it travels in (null above
 * requests and responses) and where it is, for people: {@code `PATCH /me` request body `application/json`}.
 */
public record Pair<T>(T before, T after, Direction direction, String where) {
}
