package org.contractfirst.spec.layout;

import com.fasterxml.jackson.databind.JsonNode;
import org.contractfirst.spec.Specs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CanonicalLayoutTest {

    @ParameterizedTest
    @ValueSource(strings = {"unipile.yaml", "circuit.yaml", "bird.yaml", "zitadel.yaml"})
    void formattingTwiceChangesNothing(String file) throws IOException {
        String once = CanonicalLayout.format(Files.readString(Specs.dir().resolve(file)));
        assertEquals(once, CanonicalLayout.format(once));
    }

    @Test
    void ordersKeysByTheirShape() {
        String formatted = CanonicalLayout.format("""
                paths:
                  /b:
                    get:
                      responses:
                        default: {description: other}
                        "404": {description: missing}
                        "200": {description: ok}
                      operationId: getB
                  /a: {}
                info: {version: "1", title: T}
                openapi: 3.0.3
                """);
        assertEquals("""
                openapi: 3.0.3
                info:
                  title: T
                  version: "1"
                paths:
                  /a: {}
                  /b:
                    get:
                      operationId: getB
                      responses:
                        "200":
                          description: ok
                        "404":
                          description: missing
                        default:
                          description: other
                """, formatted);
    }

    @Test
    void keepsTheOrderOfPropertiesAndExamples() {
        String text = """
                components:
                  schemas:
                    A:
                      type: object
                      properties:
                        zeta:
                          type: string
                        alpha:
                          type: string
                      example:
                        zeta: z
                        alpha: a
                """;
        assertEquals(text, CanonicalLayout.format(text));
    }

    @Test
    void quotesEveryStringThatYamlWouldReadAsAnotherType() {
        String formatted = CanonicalLayout.format("""
                components:
                  examples:
                    E:
                      value: ["8083", "+447700900123", "2024-03-01T09:30:00Z", "true", "null", "1e3", plain]
                """);
        JsonNode values = CanonicalLayout.readTree(formatted).at("/components/examples/E/value");
        for (JsonNode value : values) {
            assertTrue(value.isTextual(), value + " was read back as " + value.getNodeType());
        }
        assertTrue(formatted.contains("- \"+447700900123\""), formatted);
        assertTrue(formatted.contains("- plain"), formatted);
    }
}
