package org.contractfirst.spec;

import org.contractfirst.spec.rules.Finding;
import org.contractfirst.spec.rules.NormalisationRule;
import org.contractfirst.spec.rules.NormalisationStandard;
import org.contractfirst.spec.rules.SpecDocument;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.contractfirst.spec.Fixture.GET;
import static org.contractfirst.spec.Fixture.PUT;
import static org.contractfirst.spec.Fixture.valid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each rule of the normalisation standard fails on a fixture that breaks it, and on nothing else. */
class NormalisationRulesTest {

    @Test
    void theValidFixturePassesEveryRule() {
        assertEquals(List.of(), NormalisationStandard.check(valid().document()));
    }

    @Test
    void everyRuleIsTestedHere() {
        Set<String> tested = Set.of("parses-cleanly", "named-object-schemas", "shared-error-responses", "operation-id",
                "operation-summary", "operation-tag", "operation-security", "response-description",
                "json-body-example", "valid-examples", "no-unused-components", "multipart-request-name",
                "bad-input-response", "error-response-schema", "closed-request-body", "custom-format-pattern",
                "paired-examples", "canonical-layout");
        assertEquals(tested, NormalisationStandard.RULES.stream().map(NormalisationRule::id).collect(Collectors.toSet()));
    }

    @Test
    void parsesCleanly() {
        onlyBreaks("parses-cleanly", valid().set(GET + "/colour", "blue"));
        onlyBreaks("parses-cleanly", valid().set("/openapi", "\"3.0.0\""));
    }

    @Test
    void namedObjectSchemas() {
        onlyBreaks("named-object-schemas", valid().set(GET + "/responses/200/content/application~1json/schema", """
                type: object
                properties:
                  id:
                    type: string
                  size:
                    type: integer
                """));
        onlyBreaks("named-object-schemas", valid().set("/components/schemas/Item/properties/owner", """
                type: object
                properties:
                  name:
                    type: string
                """));
    }

    @Test
    void sharedErrorResponses() {
        String conflict = """
                description: The item changed meanwhile
                content:
                  application/json:
                    schema:
                      $ref: "#/components/schemas/Error"
                    example:
                      message: changed
                """;
        onlyBreaks("shared-error-responses",
                valid().set(GET + "/responses/409", conflict).set(PUT + "/responses/409", conflict));
    }

    @Test
    void operationId() {
        onlyBreaks("operation-id", valid().set(GET + "/operationId", "GetItem"));
        // swagger-parser reports a repeated operationId as well, so two rules fail here.
        List<Finding> repeated = NormalisationStandard.check(valid().set(PUT + "/operationId", "getItem").document());
        assertTrue(rules(repeated).contains("operation-id"), repeated.toString());
        onlyBreaks("operation-id", valid().remove(GET + "/operationId"));
    }

    @Test
    void operationSummary() {
        onlyBreaks("operation-summary", valid().remove(GET + "/summary"));
    }

    @Test
    void operationTag() {
        onlyBreaks("operation-tag", valid().remove(PUT + "/tags"));
    }

    @Test
    void operationSecurity() {
        onlyBreaks("operation-security", valid().set(GET + "/security", "[]"));
        onlyBreaks("operation-security", valid().remove(GET + "/security").set("/security", "[]"));
    }

    @Test
    void responseDescription() {
        onlyBreaks("response-description", valid().set(GET + "/responses/200/description", "\"\""));
        onlyBreaks("response-description", valid().set("/components/responses/NotFound/description", "\" \""));
    }

    @Test
    void jsonBodyExample() {
        onlyBreaks("json-body-example", valid().set(GET + "/responses/409", """
                description: The item is locked
                content:
                  application/json:
                    schema:
                      $ref: "#/components/schemas/Error"
                """));
        onlyBreaks("json-body-example", valid().remove("/components/responses/NotFound/content/application~1json/example"));
    }

    @Test
    void validExamples() {
        onlyBreaks("valid-examples", valid().set(GET + "/responses/200/content/application~1json/examples/found/value/size", "-1"));
        onlyBreaks("valid-examples", valid().remove(GET + "/responses/200/content/application~1json/examples/found/value/id"));
        onlyBreaks("valid-examples", valid().set("/components/schemas/Item/properties/size/example", "three"));
        onlyBreaks("valid-examples", valid().set("/paths/~1items~1{id}/parameters/0/examples/found/value", "abcdefghijk"));
        String tooLong = "abcdefghijk";
        assertEquals(List.of(), NormalisationStandard.check(valid()
                .set("/paths/~1items~1{id}/parameters/0/examples/tooLong", "value: " + tooLong)
                .set("/components/responses/NotFound/content/application~1json/examples", "tooLong: {value: {message: none}}")
                .remove("/components/responses/NotFound/content/application~1json/example").document()),
                "bad input paired with a 4xx is not held to the schema");
        String exactlyTen = "abcdefghij";
        assertEquals(List.of(), NormalisationStandard.check(valid()
                .set("/paths/~1items~1{id}/parameters/0/examples/found/value", exactlyTen).document()), "a string is not quoted");
    }

    @Test
    void noUnusedComponents() {
        onlyBreaks("no-unused-components", valid().set("/components/schemas/Unused", "type: string"));
        onlyBreaks("no-unused-components", valid()
                .set("/components/schemas/Orphan", "$ref: \"#/components/schemas/AlsoOrphan\"")
                .set("/components/schemas/AlsoOrphan", "type: string"));
        onlyBreaks("no-unused-components", valid().set("/components/securitySchemes/apiKey", """
                type: apiKey
                name: X-API-KEY
                in: header
                """));
    }

    @Test
    void multipartRequestName() {
        onlyBreaks("multipart-request-name", valid().set(PUT + "/requestBody/content", """
                multipart/form-data:
                  schema:
                    $ref: "#/components/schemas/Item"
                """));
        assertEquals(List.of(), NormalisationStandard.check(valid()
                .set(PUT + "/requestBody/content", """
                        multipart/form-data:
                          schema:
                            $ref: "#/components/schemas/PutItemRequest"
                        """)
                .set("/components/schemas/PutItemRequest", """
                        type: object
                        properties:
                          file:
                            type: string
                            format: binary
                        """).document()));
    }

    @Test
    void badInputResponse() {
        onlyBreaks("bad-input-response", valid().remove(PUT + "/responses/404"));
        onlyBreaks("bad-input-response", valid().remove(PUT + "/responses/404").set(PUT + "/responses/401", """
                description: No token
                content:
                  application/json:
                    schema:
                      $ref: "#/components/schemas/Error"
                    example:
                      message: who are you?
                """));
    }

    @Test
    void errorResponseSchema() {
        onlyBreaks("error-response-schema", valid().set(GET + "/responses/500", """
                description: The server failed
                content:
                  text/plain: {}
                """));
        onlyBreaks("error-response-schema", valid().set(GET + "/responses/default", """
                description: Anything else
                content:
                  application/problem+xml: {}
                """));
    }

    @Test
    void closedRequestBody() {
        onlyBreaks("closed-request-body", valid().set("/components/schemas/Item/additionalProperties", "true"));
        onlyBreaks("closed-request-body", valid().set("/components/schemas/Item/properties/tags", """
                type: object
                additionalProperties:
                  type: string
                """));
        assertEquals(List.of(), NormalisationStandard.check(valid()
                .set("/components/schemas/Item/additionalProperties", "true")
                .set("/components/schemas/Item/x-additional-properties-reason", "Items carry fields of other systems.")
                .document()), "a reason given");
    }

    @Test
    void customFormatPattern() {
        onlyBreaks("custom-format-pattern", valid().set("/components/schemas/Item/properties/zone", """
                type: string
                format: timezone
                """));
        assertEquals(List.of(), NormalisationStandard.check(valid().set("/components/schemas/Item/properties/zone", """
                type: string
                format: timezone
                pattern: "^[A-Za-z_]+(/[A-Za-z_]+)*$"
                """).document()), "a pattern beside it");
        assertEquals(List.of(), NormalisationStandard.check(valid().set("/components/schemas/Item/properties/zone", """
                type: string
                format: timezone
                enum:
                  - Europe/Amsterdam
                """).document()), "an enum beside it");
        assertEquals(List.of(), NormalisationStandard.check(valid().set("/components/schemas/Item/properties/count", """
                type: integer
                format: uint64
                """).document()), "a numeric format of the registry");
        onlyBreaks("custom-format-pattern", valid().set("/components/schemas/Item/properties/count", """
                type: string
                format: uint64
                """));
    }

    @Test
    void pairedExamples() {
        onlyBreaks("paired-examples", valid().remove(GET + "/responses/200/content/application~1json/examples")
                .set(GET + "/responses/200/content/application~1json/example", "{id: a1, size: 3}"));
        onlyBreaks("paired-examples", valid().set(GET + "/responses/200/content/application~1json/examples", """
                other:
                  value:
                    id: a1
                """));
        onlyBreaks("paired-examples", valid().remove("/paths/~1items~1{id}/parameters/0/examples")
                .set("/paths/~1items~1{id}/parameters/0/example", "a1"));
        onlyBreaks("paired-examples", valid().set(PUT + "/responses/404", """
                description: No such item
                content:
                  application/json:
                    schema:
                      $ref: "#/components/schemas/Error"
                    examples:
                      found:
                        value:
                          message: no item a1
                """));
    }

    @Test
    void canonicalLayout() {
        String infoBeforeOpenapi = Fixture.validText().replaceFirst("openapi: 3.0.3\n(info:\n(  .*\n)+)", "$1openapi: 3.0.3\n");
        assertFalse(infoBeforeOpenapi.startsWith("openapi"), "the edit moved info above openapi");
        List<Finding> findings = NormalisationStandard.check(SpecDocument.of("fixture.yaml", infoBeforeOpenapi));
        assertEquals(Set.of("canonical-layout"), rules(findings), findings.toString());
        assertEquals("line 1 is 'info:', canonical layout has 'openapi: 3.0.3'; run the formatter",
                findings.get(0).message());
    }

    private static void onlyBreaks(String rule, Fixture fixture) {
        List<Finding> findings = NormalisationStandard.check(fixture.document());
        assertEquals(Set.of(rule), rules(findings), findings.toString());
    }

    private static Set<String> rules(List<Finding> findings) {
        return findings.stream().map(Finding::rule).collect(Collectors.toSet());
    }
}
