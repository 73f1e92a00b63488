package org.contractfirst.parameters;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Every style, exploded and not, written and read back; and the examples of the OpenAPI 3.1 style table. */
class ParameterStyleRoundTripTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String BLUE = "blue";
    private static final List<String> COLORS = List.of("blue", "black", "brown");
    private static final Map<String, Integer> RGB = ordered("R", 100, "G", 200, "B", 150);

    private static final String TEXT = "a b,c;d=e&f/é*~";
    private static final List<String> ITEMS = List.of("a b", "c,d;e", "&=é/f*~");
    private static final List<String> ITEMS_WITHOUT_COMMAS = List.of("a b", "&=é/f*~", "g;h");
    private static final Map<String, String> PROPERTIES = ordered("a b", "c,d", "é=&", "x;y*~");
    private static final Map<String, String> PROPERTIES_WITHOUT_COMMAS = ordered("a b", "&=é/f", "g", "h;*~");

    @SafeVarargs
    private static <V> Map<String, V> ordered(Object... namesAndValues) {
        Map<String, V> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            @SuppressWarnings("unchecked") V value = (V) namesAndValues[i + 1];
            map.put((String) namesAndValues[i], value);
        }
        return map;
    }

    private enum In { PATH, QUERY, HEADER, COOKIE }

    static Stream<Arguments> everyStyle() {
        List<Arguments> cases = new ArrayList<>();
        for (Spelling spelling : Spelling.values()) {
            for (boolean explode : List.of(false, true)) {
                for (Style style : List.of(Style.SIMPLE, Style.LABEL, Style.MATRIX)) {
                    for (Object value : List.of(BLUE, COLORS, RGB, TEXT, ITEMS, PROPERTIES)) {
                        cases.add(arguments(spelling, In.PATH, style, explode, value));
                    }
                }
                // A decoded query, header or cookie cannot tell a comma in an item from the one between items.
                for (Object value : List.of(BLUE, COLORS, RGB, TEXT, explode ? ITEMS : ITEMS_WITHOUT_COMMAS,
                        explode ? PROPERTIES : PROPERTIES_WITHOUT_COMMAS)) {
                    cases.add(arguments(spelling, In.QUERY, Style.FORM, explode, value));
                }
                for (Object value : List.of(BLUE, COLORS, RGB, TEXT, ITEMS_WITHOUT_COMMAS, PROPERTIES_WITHOUT_COMMAS)) {
                    cases.add(arguments(spelling, In.HEADER, Style.SIMPLE, explode, value));
                }
                for (Object value : List.of(BLUE, COLORS, RGB, TEXT, ITEMS_WITHOUT_COMMAS,
                        explode ? PROPERTIES : PROPERTIES_WITHOUT_COMMAS)) {
                    cases.add(arguments(spelling, In.COOKIE, Style.FORM, explode, value));
                }
            }
            for (Object value : List.of(COLORS, RGB, List.of("a,b", "&=é|*~"), ordered("a", "&=é|*~"))) {
                cases.add(arguments(spelling, In.QUERY, Style.SPACE_DELIMITED, false, value));
            }
            for (Object value : List.of(COLORS, RGB, List.of("a b,c", "&=é*~"), ordered("a b", "&=é*~"))) {
                cases.add(arguments(spelling, In.QUERY, Style.PIPE_DELIMITED, false, value));
            }
            // Exploded, an array of either delimited style is its name repeated, as form writes it; the style table
            // gives no exploded object for either. An item still cannot hold its style's own delimiter.
            for (Object value : List.of(COLORS, List.of("a,b", "&=é|*~"))) {
                cases.add(arguments(spelling, In.QUERY, Style.SPACE_DELIMITED, true, value));
            }
            for (Object value : List.of(COLORS, List.of("a b,c", "&=é*~"))) {
                cases.add(arguments(spelling, In.QUERY, Style.PIPE_DELIMITED, true, value));
            }
            for (Object value : List.of(RGB, PROPERTIES)) {
                cases.add(arguments(spelling, In.QUERY, Style.DEEP_OBJECT, true, value));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}: {1} {2} explode={3} {4}")
    @MethodSource("everyStyle")
    void readingWhatIsWrittenGivesTheValueBack(Spelling spelling, In in, Style style, boolean explode, Object value) {
        JsonNode tree = JSON.valueToTree(value);

        assertEquals(Optional.of(texts(tree)), readBack(new StyleWriter(spelling), in, style, explode, tree));
    }

    private static Optional<JsonNode> readBack(StyleWriter writer, In in, Style style, boolean explode, JsonNode value) {
        Shape shape = Shape.of(value);
        List<String> properties = new ArrayList<>();
        value.fieldNames().forEachRemaining(properties::add);
        return switch (in) {
            case PATH -> StyleReader.path("color", style, explode, shape, writer.path("color", style, explode, value),
                    ParameterStyleRoundTripTest::decode);
            case QUERY -> StyleReader.query("color", style, explode, shape,
                    decoded(writer.query("color", style, explode, false, value)), properties);
            case HEADER -> StyleReader.header(explode, shape, List.of(writer.header(explode, value)));
            case COOKIE -> StyleReader.cookie("color", explode, shape,
                    decoded(writer.cookie("color", explode, value)), properties);
        };
    }

    /** The pairs as a server has them: decoded, each name with its values. */
    private static Map<String, List<String>> decoded(List<Map.Entry<String, String>> pairs) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        pairs.forEach(pair -> values.computeIfAbsent(decode(pair.getKey()), name -> new ArrayList<>())
                .add(decode(pair.getValue())));
        return values;
    }

    /** The value as a style carries it: every scalar as its text. */
    private static JsonNode texts(JsonNode value) {
        if (value.isArray()) {
            var array = JSON.createArrayNode();
            value.forEach(item -> array.add(item.asText()));
            return array;
        }
        if (value.isObject()) {
            ObjectNode object = JSON.createObjectNode();
            value.fields().forEachRemaining(field -> object.put(field.getKey(), field.getValue().asText()));
            return object;
        }
        return JSON.getNodeFactory().textNode(value.asText());
    }

    /**
     * OpenAPI 3.1.1's style examples (§4.8.12.4.1), every cell with a value: color = "blue", ["blue","black","brown"],
     * {"R":100,"G":200,"B":150}. The query's are as the table writes them, with their "?". 3.1.0's table had
     * {@code .blue.black.brown} and {@code .R.100.G.200.B.150} for label without explode, an erratum: RFC 6570, and
     * every side here, join them with commas.
     */
    static Stream<Arguments> styleTable() {
        return Stream.of(
                arguments(In.PATH, Style.MATRIX, false, BLUE, ";color=blue"),
                arguments(In.PATH, Style.MATRIX, false, COLORS, ";color=blue,black,brown"),
                arguments(In.PATH, Style.MATRIX, false, RGB, ";color=R,100,G,200,B,150"),
                arguments(In.PATH, Style.MATRIX, true, BLUE, ";color=blue"),
                arguments(In.PATH, Style.MATRIX, true, COLORS, ";color=blue;color=black;color=brown"),
                arguments(In.PATH, Style.MATRIX, true, RGB, ";R=100;G=200;B=150"),
                arguments(In.PATH, Style.LABEL, false, BLUE, ".blue"),
                arguments(In.PATH, Style.LABEL, false, COLORS, ".blue,black,brown"),
                arguments(In.PATH, Style.LABEL, false, RGB, ".R,100,G,200,B,150"),
                arguments(In.PATH, Style.LABEL, true, BLUE, ".blue"),
                arguments(In.PATH, Style.LABEL, true, COLORS, ".blue.black.brown"),
                arguments(In.PATH, Style.LABEL, true, RGB, ".R=100.G=200.B=150"),
                arguments(In.PATH, Style.SIMPLE, false, BLUE, "blue"),
                arguments(In.PATH, Style.SIMPLE, false, COLORS, "blue,black,brown"),
                arguments(In.PATH, Style.SIMPLE, false, RGB, "R,100,G,200,B,150"),
                arguments(In.PATH, Style.SIMPLE, true, BLUE, "blue"),
                arguments(In.PATH, Style.SIMPLE, true, COLORS, "blue,black,brown"),
                arguments(In.PATH, Style.SIMPLE, true, RGB, "R=100,G=200,B=150"),
                arguments(In.HEADER, Style.SIMPLE, false, BLUE, "blue"),
                arguments(In.HEADER, Style.SIMPLE, false, COLORS, "blue,black,brown"),
                arguments(In.HEADER, Style.SIMPLE, false, RGB, "R,100,G,200,B,150"),
                arguments(In.HEADER, Style.SIMPLE, true, BLUE, "blue"),
                arguments(In.HEADER, Style.SIMPLE, true, COLORS, "blue,black,brown"),
                arguments(In.HEADER, Style.SIMPLE, true, RGB, "R=100,G=200,B=150"),
                arguments(In.QUERY, Style.FORM, false, BLUE, "?color=blue"),
                arguments(In.QUERY, Style.FORM, false, COLORS, "?color=blue,black,brown"),
                arguments(In.QUERY, Style.FORM, false, RGB, "?color=R,100,G,200,B,150"),
                arguments(In.QUERY, Style.FORM, true, BLUE, "?color=blue"),
                arguments(In.QUERY, Style.FORM, true, COLORS, "?color=blue&color=black&color=brown"),
                arguments(In.QUERY, Style.FORM, true, RGB, "?R=100&G=200&B=150"),
                arguments(In.QUERY, Style.SPACE_DELIMITED, false, COLORS, "?color=blue%20black%20brown"),
                arguments(In.QUERY, Style.SPACE_DELIMITED, false, RGB, "?color=R%20100%20G%20200%20B%20150"),
                arguments(In.QUERY, Style.PIPE_DELIMITED, false, COLORS, "?color=blue%7Cblack%7Cbrown"),
                arguments(In.QUERY, Style.PIPE_DELIMITED, false, RGB, "?color=R%7C100%7CG%7C200%7CB%7C150"),
                arguments(In.QUERY, Style.DEEP_OBJECT, true, RGB, "?color%5BR%5D=100&color%5BG%5D=200&color%5BB%5D=150"));
    }

    @ParameterizedTest(name = "{0} {1} explode={2} {3}: {4}")
    @MethodSource("styleTable")
    void theStyleTablesExamplesAreWrittenAsItHasThemAndReadBack(In in, Style style, boolean explode, Object value,
                                                                String wire) {
        StyleWriter writer = new StyleWriter(Spelling.RFC_3986);
        JsonNode tree = JSON.valueToTree(value);

        assertEquals(wire, switch (in) {
            case PATH -> writer.path("color", style, explode, value);
            case HEADER -> writer.header(explode, value);
            default -> "?" + writer.query("color", style, explode, false, value).stream()
                    .map(pair -> pair.getKey() + "=" + pair.getValue()).collect(Collectors.joining("&"));
        });
        assertEquals(Optional.of(texts(tree)), readBack(writer, in, style, explode, tree));
    }

    /** Where the generated clients have always written the same value differently from the conformance suite. */
    @Test
    void theClientsSpellingDiffersFromTheSuitesWhereItAlwaysHas() {
        StyleWriter suite = new StyleWriter(Spelling.RFC_3986);
        StyleWriter client = new StyleWriter(Spelling.URL_ENCODER);

        assertEquals(List.of("%2A~", "*%7E"), List.of(suite.path("id", Style.SIMPLE, false, "*~"),
                client.path("id", Style.SIMPLE, false, "*~")));
        assertEquals(List.of("1", "1.0"), List.of(suite.path("id", Style.SIMPLE, false, 1.0),
                client.path("id", Style.SIMPLE, false, 1.0)));
        assertEquals(List.of(Map.entry("color", "blue,black")), suite.query("color", Style.FORM, false, false, List.of("blue", "black")));
        assertEquals(List.of(Map.entry("color", "blue%2Cblack")), client.query("color", Style.FORM, false, false, List.of("blue", "black")));
        assertEquals(List.of(Map.entry("color", "a%20b"), Map.entry("color", "c")),
                suite.query("color", Style.SPACE_DELIMITED, true, false, List.of("a b", "c")));
        assertEquals(List.of(Map.entry("color", "a%20b%20c")),
                client.query("color", Style.SPACE_DELIMITED, true, false, List.of("a b", "c")));
        assertEquals(List.of(Map.entry("f", "%7B%22a%22%3A1%7D")), suite.query("color", Style.FORM, true, false, Map.of("f", Map.of("a", 1))));
        assertEquals(List.of(Map.entry("f%5Ba%5D", "1")), client.query("color", Style.FORM, true, false, Map.of("f", Map.of("a", 1))));
        assertEquals(List.of(";id=", ";id"), List.of(suite.path("id", Style.MATRIX, false, List.of()),
                client.path("id", Style.MATRIX, false, List.of())));
        assertEquals(List.of("", ";"), List.of(suite.path("id", Style.MATRIX, true, Map.of()),
                client.path("id", Style.MATRIX, true, Map.of())));
        assertEquals(List.of(";a%24=1", ";a$=1"), List.of(suite.path("a$", Style.MATRIX, true, List.of(1)),
                client.path("a$", Style.MATRIX, true, List.of(1))));
    }

    /** Every {@code %XX} of {@code value} decoded as UTF-8; a {@code +} stays a plus, as it does in a path. */
    private static String decode(String value) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int i = 0;
        while (i < value.length()) {
            if (value.charAt(i) == '%' && i + 2 < value.length()) {
                bytes.write(Integer.parseInt(value.substring(i + 1, i + 3), 16));
                i += 3;
            } else {
                int codePoint = value.codePointAt(i);
                bytes.writeBytes(Character.toString(codePoint).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(codePoint);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
