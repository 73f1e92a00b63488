package org.contractfirst.conformance;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.contractfirst.conformance.checks.ReadAfterWrite;
import org.contractfirst.conformance.checks.Recorder;
import org.contractfirst.conformance.http.Exchange;
import org.contractfirst.conformance.requests.Credentials;
import org.contractfirst.conformance.requests.Reads;
import org.contractfirst.conformance.requests.RunContext;
import org.contractfirst.conformance.requests.RunOptions;
import org.contractfirst.conformance.requests.Target;
import org.contractfirst.conformance.spec.ApiSpec;
import org.contractfirst.conformance.spec.Operation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Which read shows a write, where the spec pairs them by path alone, and which written fields it must show: an
 * action ({@code PATCH /me/edit}) is read by what it acts on; an item ({@code PUT /spaces/{id}}) is not read back
 * from its collection's list, which may page it away or show it in part; a written field the read's schema cannot
 * hold is not asked of it.
 */
class ReadPairingTest {

    private static final String SPEC = """
            openapi: 3.0.3
            info: {title: Pairs, version: 1.0.0}
            paths:
              /me:
                get:
                  operationId: getMe
                  responses:
                    '200':
                      description: the profile
                      content:
                        application/json:
                          schema:
                            type: object
                            properties:
                              headline: {type: string}
                              experience:
                                type: array
                                items: {type: object, properties: {company: {type: string}}}
              /me/edit:
                patch:
                  operationId: editMe
                  requestBody:
                    content:
                      application/json:
                        schema: {type: object, properties: {headline: {type: string}, account_id: {type: string}}}
                        example: {headline: Hello}
                  responses: {'200': {description: edited}}
              /spaces:
                get:
                  operationId: getSpaces
                  responses:
                    '200':
                      description: some spaces
                      content: {application/json: {schema: {type: object}}}
              /spaces/{id}:
                put:
                  operationId: updateSpace
                  parameters: [{name: id, in: path, required: true, schema: {type: string}, example: s1}]
                  requestBody:
                    content:
                      application/json:
                        schema: {type: object, properties: {name: {type: string}}}
                        example: {name: Team}
                  responses: {'200': {description: updated}}
            """;

    private static ApiSpec spec(Path folder) throws IOException {
        return ApiSpec.read("pairs", Files.writeString(folder.resolve("pairs.yaml"), SPEC).toString());
    }

    private static RunContext context(ApiSpec spec) {
        return new Recorder(new Target(spec, URI.create("http://127.0.0.1:9/"), Credentials.none(), Map.of(), false, false),
                Checks.responseChecks(), RunOptions.defaults(1)).context();
    }

    private static Operation operation(ApiSpec spec, String id) {
        return spec.operations().stream().filter(operation -> operation.operationId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void anActionIsReadByWhatItActsOn(@TempDir Path folder) throws IOException {
        ApiSpec spec = spec(folder);
        RunContext context = context(spec);
        Optional<Reads.Read> read = Reads.byPath(context, context.requests().valid(operation(spec, "editMe")));
        assertEquals(Optional.of("getMe"), read.map(found -> found.operation().operationId()));
        assertEquals("the parent path", read.get().pairing());
    }

    @Test
    void anItemIsNotReadBackFromItsCollection(@TempDir Path folder) throws IOException {
        ApiSpec spec = spec(folder);
        RunContext context = context(spec);
        assertEquals(Optional.empty(), Reads.byPath(context, context.requests().valid(operation(spec, "updateSpace"))));
    }

    private static final String PRESENCE = """
            openapi: 3.0.3
            info: {title: Presence, version: 1.0.0}
            paths:
              /users/presence:
                get:
                  operationId: getPresences
                  parameters: [{name: userIds, in: query, required: true, schema: {type: array, items: {type: string}}}]
                  responses:
                    '200': {description: some, content: {application/json: {schema: {type: array, items: {type: object}}}}}
                put:
                  operationId: setPresence
                  requestBody:
                    content:
                      application/json:
                        schema: {type: object, properties: {state: {type: string}}}
                        example: {state: AWAY}
                  responses:
                    '200': {description: set, content: {application/json: {schema: {type: object}}}}
            """;

    private static Exchange answered(String json) {
        return new Exchange(org.contractfirst.conformance.http.HttpRequest.of("PUT", "/users/presence"), 200,
                Map.of("content-type", java.util.List.of("application/json")), json.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                json, Optional.empty());
    }

    @Test
    void aWriteIsReadThroughAPathOfTheSameWordsThatNamesTheAnsweredIdElseThroughTheListFilteredByIt(@TempDir Path folder)
            throws IOException {
        String withPath = PRESENCE + String.join("\n",
                "  /users/{id}/presence:",
                "    get:",
                "      operationId: getUserPresence",
                "      parameters: [{name: id, in: path, required: true, schema: {type: string}}]",
                "      responses:",
                "        '200': {description: one, content: {application/json: {schema: {type: object}}}}", "");
        for (String text : java.util.List.of(withPath, PRESENCE)) {
            ApiSpec spec = ApiSpec.read("presence", Files.writeString(folder.resolve("presence.yaml"), text).toString());
            RunContext context = context(spec);
            Optional<Reads.Read> read = Reads.after(context, context.requests().valid(operation(spec, "setPresence")),
                    answered("{\"userId\":\"u1\",\"state\":\"AWAY\"}"));
            String rendered = read.map(found -> context.requests().render(found.call()).target()).orElse("none");
            if (text.equals(withPath)) {
                assertEquals("the answered userId", read.orElseThrow().pairing());
                assertEquals("/users/u1/presence", rendered);
            } else {
                assertEquals("the list filtered by the answered userId", read.orElseThrow().pairing());
                assertTrue(rendered.contains("userIds=u1"), rendered);
            }
        }
    }

    @Test
    void aWrittenFieldIsAskedOfAReadWhoseSchemaCanHoldIt(@TempDir Path folder) throws IOException {
        ApiSpec spec = spec(folder);
        var schema = operation(spec, "getMe").jsonSchema(200).orElseThrow();
        assertTrue(ReadAfterWrite.holds(spec.schemas(), schema, "headline"));
        assertTrue(ReadAfterWrite.holds(spec.schemas(), schema, "company"), "a field of an item of a list it holds");
        assertFalse(ReadAfterWrite.holds(spec.schemas(), schema, "account_id"));
        var open = new ObjectMapper().createObjectNode().put("type", "object");
        assertTrue(ReadAfterWrite.holds(spec.schemas(), open, "account_id"), "a read open to any field");
    }
}
