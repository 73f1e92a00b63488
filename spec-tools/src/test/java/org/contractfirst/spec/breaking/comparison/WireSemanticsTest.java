package org.contractfirst.spec.breaking.comparison;

import org.contractfirst.spec.breaking.Change;
import org.contractfirst.spec.breaking.Location;
import org.contractfirst.spec.breaking.Node;
import org.contractfirst.spec.breaking.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.contractfirst.spec.breaking.comparison.RealSpecChangesTest.rules;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Changes are judged as the wire sees them, whatever the spelling: 3.0 or 3.1, allOf, refs, path variables, the
 * servers a variable's enum offers, XML names, the URLs of OAuth flows.
 */
class WireSemanticsTest {

    private static final String HEAD = "openapi: %s\ninfo:\n  title: Items\n  version: \"1.0\"\n";

    /** A GET /items/{id} whose 200 body is {@code schema} and whose PUT takes the same schema. */
    private static String spec(String version, String path, String schema, String components) {
        String indented = schema.strip().indent(14);
        return HEAD.formatted(version) + "paths:\n  " + path + ":\n    get:\n      responses:\n        \"200\":\n"
                + "          description: The item\n          content:\n            application/json:\n              schema:\n"
                + indented.replaceAll("(?m)^", "  ") + "    put:\n      requestBody:\n        content:\n"
                + "          application/json:\n            schema:\n" + indented + "      responses:\n        \"204\":\n"
                + "          description: Stored\n" + components;
    }

    private static List<Change> compare(String before, String after) {
        return SpecComparison.compare(Source.of("old.yaml", before), Source.of("new.yaml", after));
    }

    @Test
    void nullableAndConstAndExclusiveBoundsOf30And31AreTheSameValues() {
        String v30 = spec("3.0.3", "/items", """
                type: object
                properties:
                  note:
                    type: string
                    nullable: true
                  kind:
                    type: string
                    enum:
                      - book
                  size:
                    type: number
                    minimum: 0
                    exclusiveMinimum: true
                """, "");
        String v31 = spec("3.1.0", "/items", """
                type: object
                properties:
                  note:
                    type:
                      - string
                      - "null"
                  kind:
                    type: string
                    const: book
                  size:
                    type: number
                    exclusiveMinimum: 0
                """, "");
        assertEquals(List.of(), compare(v30, v31));
        assertEquals(Set.of("request-nullable-removed", "response-nullable-removed"),
                rules(compare(v31, v31.replaceAll("(?m)^ *- \"null\"\n", ""))));
    }

    @Test
    void aNullBranchOfAnyOfOrOneOfIsNullabilityAsThe30And31SpellingsAre() {
        String typeArray = spec("3.1.0", "/items", """
                type:
                  - string
                  - "null"
                """, "");
        String anyOf = spec("3.1.0", "/items", """
                anyOf:
                  - type: string
                  - type: "null"
                """, "");
        String oneOf = spec("3.1.0", "/items", """
                oneOf:
                  - type: "null"
                  - type: string
                """, "");
        String nullable30 = spec("3.0.3", "/items", """
                type: string
                nullable: true
                """, "");

        for (String[] pair : new String[][] {{typeArray, anyOf}, {anyOf, typeArray}, {oneOf, nullable30},
                {nullable30, anyOf}}) {
            assertEquals(List.of(), compare(pair[0], pair[1]));
        }
        assertEquals(Set.of("request-nullable-removed", "response-nullable-removed"),
                rules(compare(anyOf, anyOf.replaceAll("(?m)^ *- type: \"null\"\n", ""))));
        List<Change> anyValue = compare(anyOf, anyOf.replace("- type: \"null\"", "- {}"));
        assertTrue(anyValue.stream().noneMatch(change -> change.rule().contains("nullable")),
                "a branch of any value still lets null through: " + anyValue);
    }

    @Test
    void anIntegersBoundIsTheWholeValuesItAllowsAndTheMessageSaysHowItIsWritten() {
        String exclusive = spec("3.1.0", "/items", "type: integer\nexclusiveMaximum: 10\nexclusiveMinimum: 0\n", "");
        String inclusive = spec("3.1.0", "/items", "type: integer\nmaximum: 9\nminimum: 1\n", "");
        String fractional = spec("3.1.0", "/items", "type: integer\nmaximum: 9.5\nminimum: 0.5\n", "");

        assertEquals(List.of(), compare(exclusive, inclusive));
        assertEquals(List.of(), compare(inclusive, fractional));
        List<Change> lowered = compare(exclusive, inclusive.replace("maximum: 9", "maximum: 8"));
        assertEquals(Set.of("request-maximum-lowered", "response-maximum-lowered"), rules(lowered));
        assertTrue(lowered.get(0).message().contains("maximum 9 (exclusiveMaximum 10 of an integer) became 8"),
                lowered.get(0).message());
    }

    @Test
    void aSharedSchemasChangeIsOneFindingNamingEveryOperationItReaches() {
        String body = "      requestBody:\n        content:\n          application/json:\n            schema:\n"
                + "              $ref: \"#/components/schemas/Item\"\n      responses:\n        \"204\":\n"
                + "          description: Stored\n";
        String before = HEAD.formatted("3.0.3") + "paths:\n  /items:\n    post:\n" + body + "    put:\n" + body
                + "  /archive:\n    post:\n" + body + "components:\n  schemas:\n    Item:\n      type: object\n"
                + "      properties:\n        name:\n          type: string\n          maxLength: 10\n";

        List<Change> changes = compare(before, before.replace("maxLength: 10", "maxLength: 5"));

        assertEquals(1, changes.size(), changes.toString());
        assertEquals("request-max-length-lowered", changes.get(0).rule());
        assertTrue(changes.get(0).message().startsWith("`PUT /items`"), changes.get(0).message());
        assertTrue(changes.get(0).message().endsWith("(also reached from `POST /items`, `POST /archive`)"),
                changes.get(0).message());
    }

    @Test
    void aPropertyMadeReadOnlyLeavesRequestsButIsNotRemovedWithoutDeprecation() {
        String before = spec("3.0.3", "/items", """
                type: object
                properties:
                  id:
                    type: string
                """, "");
        String after = spec("3.0.3", "/items", """
                type: object
                properties:
                  id:
                    type: string
                    readOnly: true
                """, "");
        assertEquals(Set.of("request-property-removed"), rules(compare(before, after)),
                "still in the spec, so nothing to deprecate first");
    }

    @Test
    void aParameterWhoseContentNamesNoMediaTypeIsComparedWithoutASchema() {
        String empty = HEAD.formatted("3.0.3") + """
                paths:
                  /items:
                    get:
                      parameters:
                        - name: filter
                          in: query
                          content: {}
                      responses:
                        "204":
                          description: None
                """;
        String typed = empty.replace("content: {}", "content:\n            application/json:\n              schema:\n"
                + "                type: object");
        assertEquals(Set.of(), rules(compare(empty, empty)));
        assertEquals(Set.of("parameter-style-changed", "request-type-narrowed"), rules(compare(empty, typed)),
                "a JSON content type is another serialisation, of a narrower value");
    }

    @Test
    void aPathVariableRenamedIsTheSameOperationAndParameter() {
        String parameter = "    parameters:\n      - name: %s\n        in: path\n        required: true\n        schema:\n"
                + "          type: string\n";
        String before = spec("3.0.3", "/items/{id}", "type: string", "")
                .replace("  /items/{id}:\n", "  /items/{id}:\n" + parameter.formatted("id"));
        String after = spec("3.0.3", "/items/{itemId}", "type: string", "")
                .replace("  /items/{itemId}:\n", "  /items/{itemId}:\n" + parameter.formatted("itemId"));
        assertEquals(List.of(), compare(before, after));
    }

    @Test
    void allOfIsMergedSoMovingAPropertyIntoABranchIsNoChange() {
        String flat = spec("3.0.3", "/items", "$ref: \"#/components/schemas/Item\"", """
                components:
                  schemas:
                    Item:
                      type: object
                      properties:
                        id:
                          type: string
                        name:
                          type: string
                          maxLength: 10
                """);
        String composed = spec("3.0.3", "/items", "$ref: \"#/components/schemas/Item\"", """
                components:
                  schemas:
                    Named:
                      type: object
                      properties:
                        name:
                          type: string
                          maxLength: 10
                    Item:
                      allOf:
                        - $ref: "#/components/schemas/Named"
                        - type: object
                          properties:
                            id:
                              type: string
                """);
        assertEquals(List.of(), compare(flat, composed));
        List<Change> tightened = compare(composed, composed.replace("maxLength: 10", "maxLength: 5"));
        assertEquals(Set.of("request-max-length-lowered", "response-max-length-lowered"), rules(tightened));
        assertEquals("/components/schemas/Named/properties/name/maxLength", tightened.get(0).after().pointer());
    }

    @Test
    void aRecursiveSchemaIsWalkedOnceAndAChangeDeepInItIsFound() {
        String tree = spec("3.0.3", "/items", "$ref: \"#/components/schemas/Node\"", """
                components:
                  schemas:
                    Node:
                      type: object
                      properties:
                        label:
                          type: string
                        children:
                          type: array
                          items:
                            $ref: "#/components/schemas/Node"
                """);
        assertEquals(List.of(), compare(tree, tree));
        assertEquals(Set.of("request-pattern-added", "response-pattern-added"),
                rules(compare(tree, tree.replace("label:\n          type: string\n",
                        "label:\n          type: string\n          pattern: \"^[a-z]+$\"\n"))));
    }

    @Test
    void int32ToInt64WidensARequestAndBreaksAResponse() {
        String int32 = spec("3.0.3", "/items", "type: integer\nformat: int32", "");
        assertEquals(Set.of("request-format-widened", "response-format-widened"),
                rules(compare(int32, int32.replace("int32", "int64"))));
        assertEquals(Set.of("request-format-changed", "response-format-changed"),
                rules(compare(int32, int32.replace("int32", "date"))));
    }

    @Test
    void aReadOnlyPropertyIsNotInRequests() {
        String before = spec("3.0.3", "/items", """
                type: object
                properties:
                  id:
                    type: string
                    readOnly: true
                    deprecated: true
                """, "");
        String after = spec("3.0.3", "/items", """
                type: object
                properties:
                  name:
                    type: string
                """, "");
        assertEquals(Set.of("response-property-removed", "response-property-added", "request-property-added"),
                rules(compare(before, after)), "the read-only id was not in requests, so only responses lose it");
    }

    @Test
    void aServerVariablesEnumOffersServersAndABasePathNoServerOffersAnyMoreBreaks() {
        String servers = HEAD.formatted("3.0.3") + """
                servers:
                  - url: "https://{region}.example.com/{version}"
                    variables:
                      region:
                        enum:
                          - eu
                          - us
                        default: eu
                      version:
                        enum:
                          - v1
                          - v2
                        default: v2
                paths: {}
                """;
        assertEquals(Set.of("base-path-changed"), rules(compare(servers, servers.replace("\n          - v1\n", "\n"))));
        assertEquals(Set.of("servers-changed"), rules(compare(servers, servers.replace("\n          - us\n", "\n"))));
    }

    @Test
    void anXmlBodyWhoseNameTheSpecNoLongerGivesIsRenamedAndOneNamedWhereItWasNotIsNot() {
        String named = HEAD.formatted("3.0.3") + """
                paths:
                  /items:
                    get:
                      responses:
                        "200":
                          description: The items
                          content:
                            application/xml:
                              schema:
                                type: array
                                xml:
                                  name: items
                                  wrapped: true
                                items:
                                  type: string
                """;
        String unnamed = named.replace("\n                  name: items\n", "\n");
        assertEquals(Set.of("xml-name-changed"), rules(compare(named, unnamed)));
        assertEquals(List.of(), compare(unnamed, named), "tools may have used that name all along");
    }

    @Test
    void anOAuthFlowsRefreshUrlIsWhereClientsRenewTheirTokens() {
        String oauth = HEAD.formatted("3.0.3") + """
                security:
                  - oauth: []
                paths:
                  /items:
                    get:
                      responses:
                        "204":
                          description: Nothing
                components:
                  securitySchemes:
                    oauth:
                      type: oauth2
                      flows:
                        authorizationCode:
                          authorizationUrl: https://auth.example.com/authorize
                          tokenUrl: https://auth.example.com/token
                          refreshUrl: https://auth.example.com/refresh
                          scopes: {}
                """;
        assertEquals(Set.of("security-scheme-changed"),
                rules(compare(oauth, oauth.replace("example.com/refresh", "example.com/renew"))));
    }

    @Test
    void aSpecReadFromAFileFollowsRefsIntoOtherFilesAndLocatesTheirChanges(@TempDir Path folder) throws Exception {
        String spec = spec("3.0.3", "/items", "$ref: \"schemas.yaml#/Item\"", "");
        String schemas = "Item:\n  type: object\n  properties:\n    name:\n      type: string\n";
        Files.createDirectories(folder.resolve("old"));
        Files.createDirectories(folder.resolve("new"));
        Files.writeString(folder.resolve("old/items.yaml"), spec);
        Files.writeString(folder.resolve("new/items.yaml"), spec);
        Files.writeString(folder.resolve("old/schemas.yaml"), schemas);
        Files.writeString(folder.resolve("new/schemas.yaml"), schemas.replace("type: string", "type: string\n      maxLength: 5"));
        List<Change> changes = SpecComparison.compare(Source.read(folder.resolve("old/items.yaml").toString()),
                Source.read(folder.resolve("new/items.yaml").toString()));
        assertEquals(Set.of("request-max-length-lowered", "response-max-length-lowered"), rules(changes));
        assertEquals(new Location("schemas.yaml", 6, "/Item/properties/name/maxLength"), changes.get(0).after());
    }
}
