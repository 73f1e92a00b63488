package org.contractfirst.values;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ValidValuesTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static OpenApiDocument document(String openapi, String schemas) throws Exception {
        return new OpenApiDocument(YAML.readTree("openapi: " + openapi + "\ninfo: {title: t, version: '1'}\npaths: {}\n"
                + "components:\n  schemas:\n" + schemas.indent(4)));
    }

    private static ValidValues values(OpenApiDocument document, ValidValues.Direction direction) {
        return new ValidValues(new Schemas(document), direction, new Random(7));
    }

    private static JsonNode schema(OpenApiDocument document, String name) {
        return document.at("/components/schemas/" + name);
    }

    @Test
    void anExampleComesFirstThenTheKeywords() throws Exception {
        OpenApiDocument document = document("3.0.3", """
                Documented: {type: string, example: from-the-spec}
                Plain: {type: string, minLength: 3, maxLength: 5}
                """);
        ValidValues values = values(document, ValidValues.Direction.REQUEST);

        assertEquals("from-the-spec", values.of(schema(document, "Documented")).asText());
        String plain = values.of(schema(document, "Plain")).asText();
        assertTrue(plain.length() >= 3 && plain.length() <= 5, plain);
    }

    @Test
    void stringsKeepTheirFormatPatternAndLengthInCodePoints() throws Exception {
        OpenApiDocument document = document("3.0.3", """
                When: {type: string, format: date-time}
                Address: {type: string, format: email, minLength: 40}
                Phone: {type: string, pattern: '^\\+[1-9][0-9]{6,14}$'}
                Code: {type: string, pattern: '^[A-Z]{3}$', minLength: 3, maxLength: 3}
                """);
        ValidValues values = values(document, ValidValues.Direction.REQUEST);

        assertTrue(java.time.OffsetDateTime.parse(values.of(schema(document, "When")).asText()).getYear() > 2000);
        String address = values.of(schema(document, "Address")).asText();
        assertTrue(address.endsWith("@example.com") && address.length() == 40, address);
        assertTrue(Pattern.compile("^\\+[1-9][0-9]{6,14}$").matcher(values.of(schema(document, "Phone")).asText()).find());
        assertTrue(values.of(schema(document, "Code")).asText().matches("[A-Z]{3}"));
    }

    @Test
    void numbersStayInsideInclusiveAndExclusiveBoundsAndOnTheirStep() throws Exception {
        OpenApiDocument document = document("3.0.3", """
                Count: {type: integer, minimum: 0, exclusiveMinimum: true, maximum: 10}
                Price: {type: number, minimum: 1.2, multipleOf: 0.25}
                Below: {type: integer, maximum: -3}
                """);
        OpenApiDocument document31 = document("3.1.0", """
                Ratio: {type: number, exclusiveMinimum: 0, exclusiveMaximum: 1}
                """);
        ValidValues values = values(document, ValidValues.Direction.REQUEST);

        assertEquals(1, values.of(schema(document, "Count")).asInt());
        assertEquals(0, new BigDecimal("1.25").compareTo(values.of(schema(document, "Price")).decimalValue()));
        assertTrue(values.of(schema(document, "Below")).asInt() <= -3);
        BigDecimal ratio = values(document31, ValidValues.Direction.REQUEST).of(schema(document31, "Ratio")).decimalValue();
        assertTrue(ratio.signum() > 0 && ratio.compareTo(BigDecimal.ONE) < 0, ratio.toString());
    }

    @Test
    void objectsGetTheirRequiredPropertiesOrAllOfThemAndLeaveOutTheOtherSidesOnes() throws Exception {
        OpenApiDocument document = document("3.0.3", """
                User:
                  type: object
                  required: [id, name, password]
                  properties:
                    id: {type: string, readOnly: true}
                    name: {type: string}
                    password: {type: string, writeOnly: true}
                    bio: {type: string}
                """);

        JsonNode request = values(document, ValidValues.Direction.REQUEST).of(schema(document, "User"));
        JsonNode response = values(document, ValidValues.Direction.RESPONSE)
                .generated(schema(document, "User"), ValidValues.Shape.COMPLETE);

        assertEquals(List.of("name", "password"), fieldNames(request));
        assertEquals(List.of("id", "name", "bio"), fieldNames(response));
    }

    @Test
    void allOfIsMergedAndEachBranchOfAOneOfCarriesItsDiscriminatorValue() throws Exception {
        OpenApiDocument document = document("3.0.3", """
                Pet:
                  type: object
                  required: [kind]
                  properties:
                    kind: {type: string}
                  oneOf:
                    - $ref: '#/components/schemas/Cat'
                    - $ref: '#/components/schemas/Dog'
                  discriminator:
                    propertyName: kind
                    mapping:
                      dog: '#/components/schemas/Dog'
                Cat:
                  allOf:
                    - {type: object, required: [lives], properties: {lives: {type: integer, minimum: 1}}}
                    - {type: object, required: [name], properties: {name: {type: string}}}
                Dog:
                  type: object
                  required: [bark]
                  properties:
                    bark: {type: boolean}
                """);

        List<JsonNode> pets = values(document, ValidValues.Direction.REQUEST).variants(schema(document, "Pet"),
                ValidValues.Shape.MINIMAL);

        assertEquals("Cat", pets.get(0).get("kind").asText());
        assertTrue(pets.get(0).has("lives") && pets.get(0).has("name"), pets.get(0).toString());
        assertEquals("dog", pets.get(1).get("kind").asText());
        assertTrue(pets.get(1).get("bark").isBoolean());
    }

    @Test
    void aDiscriminatedBaseIsOneOfTheSchemasThatExtendItAndEachNamesItself() throws Exception {
        OpenApiDocument document = document("3.0.3", """
                Shape:
                  type: object
                  required: [shapeType]
                  properties:
                    shapeType: {type: string}
                  discriminator:
                    propertyName: shapeType
                    mapping:
                      square: '#/components/schemas/Square'
                Circle:
                  allOf:
                    - $ref: '#/components/schemas/Shape'
                    - {type: object, required: [radius], properties: {radius: {type: number, minimum: 0}}}
                Square:
                  allOf:
                    - $ref: '#/components/schemas/Shape'
                    - {type: object, required: [side], properties: {side: {type: number, minimum: 0}}}
                """);
        ValidValues values = values(document, ValidValues.Direction.REQUEST);

        List<JsonNode> shapes = values.variants(schema(document, "Shape"), ValidValues.Shape.MINIMAL);
        assertEquals(2, shapes.size(), shapes.toString());
        assertEquals("Circle", shapes.get(0).get("shapeType").asText());
        assertTrue(shapes.get(0).get("radius").isNumber(), shapes.get(0).toString());
        assertEquals("square", shapes.get(1).get("shapeType").asText());
        assertTrue(shapes.get(1).get("side").isNumber(), shapes.get(1).toString());
        assertEquals("Circle", values.of(schema(document, "Circle")).get("shapeType").asText());
    }

    @Test
    void openApi31TypeArraysConstAndNullAreRead() throws Exception {
        OpenApiDocument document = document("3.1.0", """
                Maybe: {type: ['null', integer], minimum: 5}
                Fixed: {const: fixed}
                Nothing: {type: 'null'}
                Listed: {type: array, prefixItems: [{type: string, const: first}], items: {type: integer}, minItems: 2}
                """);
        ValidValues values = values(document, ValidValues.Direction.REQUEST);

        assertEquals(5, values.of(schema(document, "Maybe")).asInt());
        assertEquals("fixed", values.of(schema(document, "Fixed")).asText());
        assertTrue(values.of(schema(document, "Nothing")).isNull());
        JsonNode listed = values.of(schema(document, "Listed"));
        assertEquals("first", listed.get(0).asText());
        assertTrue(listed.get(1).isIntegralNumber());
    }

    @Test
    void arraysHonourTheirCountsAndUniqueness() throws Exception {
        OpenApiDocument document = document("3.0.3", """
                Tags: {type: array, minItems: 3, maxItems: 4, uniqueItems: true, items: {type: string, enum: [a, b, c, d]}}
                Ids: {type: array, minItems: 3, uniqueItems: true, items: {type: integer}}
                """);
        ValidValues values = values(document, ValidValues.Direction.REQUEST);

        JsonNode tags = values.of(schema(document, "Tags"));
        JsonNode ids = values.of(schema(document, "Ids"));

        assertEquals(3, tags.size());
        assertEquals(3, java.util.stream.StreamSupport.stream(tags.spliterator(), false).distinct().count(), tags.toString());
        assertEquals(3, java.util.stream.StreamSupport.stream(ids.spliterator(), false).distinct().count(), ids.toString());
    }

    @Test
    void anOpenApi31BranchThatNamesItsDiscriminatorByConstKeepsIt() throws Exception {
        OpenApiDocument document = document("3.1.0", """
                Animal:
                  oneOf: [{$ref: '#/components/schemas/Cat'}, {$ref: '#/components/schemas/Dog'}]
                  discriminator: {propertyName: kind}
                Cat:
                  type: object
                  required: [kind]
                  properties: {kind: {const: feline}}
                Dog:
                  type: object
                  required: [kind]
                  properties: {kind: {type: string, enum: [canine]}}
                """);
        List<JsonNode> variants = values(document, ValidValues.Direction.REQUEST).variants(schema(document, "Animal"),
                ValidValues.Shape.MINIMAL);

        assertEquals(List.of("feline", "canine"), variants.stream().map(variant -> variant.path("kind").asText()).toList());
    }

    @Test
    void anArrayHoldsAsManyItemsOfItsContainsAsItsMinContainsAsks() throws Exception {
        OpenApiDocument document = document("3.1.0", """
                Tags:
                  type: array
                  items: {type: string, maxLength: 8}
                  contains: {const: vip}
                  minContains: 2
                One:
                  type: array
                  items: {type: integer}
                  contains: {type: integer, minimum: 1000}
                """);
        ValidValues values = values(document, ValidValues.Direction.REQUEST);

        JsonNode tags = values.generated(schema(document, "Tags"), ValidValues.Shape.MINIMAL);
        int vips = 0;
        for (JsonNode tag : tags) {
            vips += tag.asText().equals("vip") ? 1 : 0;
        }
        assertEquals(2, vips, tags::toString);
        JsonNode one = values.generated(schema(document, "One"), ValidValues.Shape.MINIMAL);
        assertTrue(one.size() >= 1 && one.get(0).asLong() >= 1000, one::toString);
    }

    @Test
    void valuesDrawnAcrossTheRangeSpreadOverIt() throws Exception {
        OpenApiDocument document = document("3.1.0", """
                Open: {type: integer}
                Percent: {type: integer, minimum: 0, maximum: 100}
                Price: {type: number, exclusiveMinimum: 0, maximum: 50, multipleOf: 0.25}
                Floor: {type: integer, minimum: 10}
                Name: {type: string, minLength: 2, maxLength: 30}
                """);
        ValidValues drawn = values(document, ValidValues.Direction.REQUEST).acrossTheRange();
        java.util.Set<JsonNode> open = new java.util.HashSet<>();
        java.util.Set<JsonNode> percents = new java.util.HashSet<>();
        java.util.Set<Integer> lengths = new java.util.HashSet<>();
        boolean negative = false;
        boolean large = false;
        for (int draw = 0; draw < 60; draw++) {
            JsonNode number = drawn.generated(schema(document, "Open"), ValidValues.Shape.MINIMAL);
            open.add(number);
            negative |= number.asLong() < 0;
            large |= Math.abs(number.asLong()) >= 1_000_000;
            JsonNode percent = drawn.generated(schema(document, "Percent"), ValidValues.Shape.MINIMAL);
            assertTrue(percent.asInt() >= 0 && percent.asInt() <= 100, percent::toString);
            percents.add(percent);
            BigDecimal price = drawn.generated(schema(document, "Price"), ValidValues.Shape.MINIMAL).decimalValue();
            assertTrue(price.signum() > 0 && price.compareTo(BigDecimal.valueOf(50)) <= 0
                    && price.remainder(new BigDecimal("0.25")).signum() == 0, price::toString);
            assertTrue(drawn.generated(schema(document, "Floor"), ValidValues.Shape.MINIMAL).asLong() >= 10);
            String name = drawn.generated(schema(document, "Name"), ValidValues.Shape.MINIMAL).asText();
            assertTrue(name.length() >= 2 && name.length() <= 30 && name.strip().equals(name), name);
            lengths.add(name.length());
        }
        assertTrue(open.size() > 40 && negative && large, open::toString);
        assertTrue(percents.size() > 20, percents::toString);
        assertTrue(lengths.size() > 10, lengths::toString);
        // The plain value stays the plainest.
        assertEquals(1, values(document, ValidValues.Direction.REQUEST).generated(schema(document, "Open"),
                ValidValues.Shape.MINIMAL).asInt());
    }

    @Test
    void aRecursiveSchemaEnds() throws Exception {
        OpenApiDocument document = document("3.0.3", """
                Node:
                  type: object
                  properties:
                    children: {type: array, items: {$ref: '#/components/schemas/Node'}}
                """);

        JsonNode tree = values(document, ValidValues.Direction.RESPONSE).generated(schema(document, "Node"),
                ValidValues.Shape.COMPLETE);

        assertFalse(tree.toString().length() > 10_000, tree.toString());
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new java.util.ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
