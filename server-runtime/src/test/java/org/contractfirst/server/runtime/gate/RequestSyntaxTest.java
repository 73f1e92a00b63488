package org.contractfirst.server.runtime.gate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the gate refuses in a URL or a header, and the form in which it hands on a URL it reads. */
class RequestSyntaxTest {

    /** The strings are as Grizzly reads the wire, one char per byte; {@code \\u00ff} stands for the byte 0xFF. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "bad escape                | /users/%ZZ              | a '%' that is not followed by two hex digits",
            "trailing percent          | /users/a%               | a '%' that is not followed by two hex digits",
            "one hex digit             | /users/a%4              | a '%' that is not followed by two hex digits",
            "escaped NUL               | /users/%00              | an escaped NUL",
            "escaped invalid UTF-8     | /users/%C3%28           | is not UTF-8",
            "raw invalid UTF-8         | /users/\u00ff           | is not UTF-8",
            "raw control byte          | /users/a\u0001b         | the control byte 0x01",
            "raw DEL                   | /users/a\u007fb         | the control byte 0x7F",
            "dot dot                   | /users/../etc           | climbs with a '..' segment",
            "dot                       | /users/./me             | climbs with a '.' segment",
            "escaped dot dot           | /users/%2e%2E/etc       | climbs with a '..' segment",
            "escaped slashes           | /users/..%2F..%2Fetc    | climbs with a '..' segment",
            "escaped backslashes       | /users/..%5C..%5Cetc    | climbs with a '..' segment"})
    void refusesAPathThatCannotBeRead(String name, String path, String problem) {
        RequestSyntax.Checked checked = RequestSyntax.path(path);
        assertFalse(checked.readable(), name);
        assertTrue(checked.problem().contains(problem), checked.problem());
        assertNull(checked.url());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "plain                      | /users/roger@example.com         | /users/roger@example.com",
            "escapes kept as sent       | /users/a%2Fb%40x.io              | /users/a%2Fb%40x.io",
            "UTF-8 escaped              | /users/%F0%9F%98%80@x.io         | /users/%F0%9F%98%80@x.io",
            "raw UTF-8 escaped for URI  | /users/\u00c3\u00a9@x.io         | /users/%C3%A9@x.io",
            "characters URI refuses     | /users/{a}^b\"<>                 | /users/%7Ba%7D%5Eb%22%3C%3E",
            "dots inside a segment      | /users/a..b                      | /users/a..b"})
    void handsOnAReadablePathInTheFormJerseyParses(String name, String path, String handedOn) {
        RequestSyntax.Checked checked = RequestSyntax.path(path);
        assertTrue(checked.readable(), checked.problem());
        assertEquals(handedOn, checked.url());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "bad escape         | x=%zz      | a '%' that is not followed by two hex digits",
            "trailing percent   | name=a%    | a '%' that is not followed by two hex digits",
            "escaped NUL        | x=a%00b    | an escaped NUL",
            "escaped not UTF-8  | x=%FF      | is not UTF-8",
            "raw control byte   | x=a\u0001b | the control byte 0x01"})
    void refusesAQueryThatCannotBeRead(String name, String query, String problem) {
        RequestSyntax.Checked checked = RequestSyntax.query(query);
        assertFalse(checked.readable(), name);
        assertTrue(checked.problem().contains(problem), checked.problem());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "brackets escaped  | a[b]=1&c=%20     | a%5Bb%5D=1&c=%20",
            "escaped control   | x=a%01b          | x=a%01b",
            "plus and slashes  | q=a+b/c?d        | q=a+b/c?d"})
    void handsOnAReadableQuery(String name, String query, String handedOn) {
        assertEquals(handedOn, RequestSyntax.query(query).url());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "NUL                | a\u0000b          | the control byte 0x00",
            "escape byte        | a\u001bb          | the control byte 0x1B",
            "not UTF-8          | \u00ff\u00fe      | is not UTF-8",
            "UTF-8 cut short    | caf\u00c3         | is not UTF-8"})
    void refusesAHeaderThatCannotBeRead(String name, String value, String problem) {
        Optional<String> refusal = RequestSyntax.header("X-Probe", value);
        assertTrue(refusal.isPresent(), name);
        assertTrue(refusal.get().contains(problem), refusal.get());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "ASCII        | Bearer bird-demo-token",
            "tab          | a\tb",
            "UTF-8        | caf\u00c3\u00a9"})
    void readsAGoodHeader(String name, String value) {
        assertEquals(Optional.empty(), RequestSyntax.header("X-Probe", value));
    }
}
