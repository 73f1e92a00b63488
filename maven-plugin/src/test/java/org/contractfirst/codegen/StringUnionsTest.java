package org.contractfirst.codegen;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

class StringUnionsTest {

    private static OpenAPI spec() {
        return new OpenAPIV3Parser().readContents("""
                openapi: 3.0.3
                info: {title: t, version: "1"}
                paths: {}
                components:
                  schemas:
                    PhoneNumber:
                      description: A number, or nothing.
                      oneOf:
                        - {type: string, format: phone-number, pattern: "^\\\\+[1-9][0-9]{1,14}$"}
                        - {type: string, enum: [""]}
                    When:
                      anyOf:
                        - {type: string, format: date}
                        - {type: string, format: date-time}
                    Either:
                      oneOf:
                        - {type: string}
                        - {type: integer}
                """).getOpenAPI();
    }

    @Test
    void aUnionOfPlainStringsIsAString() {
        OpenAPI spec = spec();

        StringUnions.simplify(spec);

        assertEquals("string", spec.getComponents().getSchemas().get("PhoneNumber").getType());
        assertNull(spec.getComponents().getSchemas().get("PhoneNumber").getOneOf());
        assertEquals("A number, or nothing.", spec.getComponents().getSchemas().get("PhoneNumber").getDescription());
    }

    @Test
    void aUnionOfOtherJavaTypesStaysAUnion() {
        OpenAPI spec = spec();

        StringUnions.simplify(spec);

        assertNotNull(spec.getComponents().getSchemas().get("When").getAnyOf());
        assertNotNull(spec.getComponents().getSchemas().get("Either").getOneOf());
    }
}
