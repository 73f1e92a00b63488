package org.contractfirst.client.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How an operation puts its parameters and body on the wire. */
class OperationTest {

    @TempDir
    Path folder;

    private static String body(Operation operation) {
        return new String(operation.body(), StandardCharsets.UTF_8);
    }

    private static String boundary(Operation operation) {
        return operation.contentType().substring(operation.contentType().indexOf("boundary=") + "boundary=".length());
    }

    @Test
    void pathParametersArePercentEncodedAndQueryArraysRepeatTheirKey() {
        Operation operation = Operation.of("GET", "/users/{id}/presence").pathParam("id", "a b/c")
                .queryParam("userIds", List.of("x", "y")).queryParam("name", "Ada Lovelace").queryParam("absent", null);

        assertEquals("/users/a%20b%2Fc/presence?userIds=x&userIds=y&name=Ada%20Lovelace", operation.pathAndQuery());
    }

    @Test
    void pathParametersTakeTheirStyleAsRfc6570ExpandsIt() {
        List<Integer> ids = List.of(3, 4, 5);
        Map<String, Object> color = new LinkedHashMap<>(Map.of("R", 100));
        color.put("G", 200);

        assertEquals(List.of("/p/3,4,5", "/p/.3,4,5", "/p/.3.4.5", "/p/;ids=3,4,5", "/p/;ids=3;ids=4;ids=5",
                        "/p/;id=a%20b", "/p/;id", "/p/R,100,G,200", "/p/R=100,G=200", "/p/;R=100;G=200"),
                List.of(path(ids, "simple", false), path(ids, "label", false), path(ids, "label", true),
                        path(ids, "matrix", false), path(ids, "matrix", true), pathOf("id", "a b", "matrix"),
                        pathOf("id", "", "matrix"), path(color, "simple", false), path(color, "simple", true),
                        path(color, "matrix", true)));
    }

    private static String path(Object value, String style, boolean explode) {
        return Operation.of("GET", "/p/{ids}").pathParam("ids", value, style, explode).pathAndQuery();
    }

    private static String pathOf(String name, Object value, String style) {
        return Operation.of("GET", "/p/{" + name + "}").pathParam(name, value, style, false).pathAndQuery();
    }

    @Test
    void aFormBodyIsUrlEncoded() {
        Operation operation = Operation.of("PUT", "/users/presence").formField("state", "DND")
                .formField("statusMessage", "in a meeting").formField("clearDND", null);

        assertEquals("application/x-www-form-urlencoded", operation.contentType());
        assertEquals("state=DND&statusMessage=in%20a%20meeting", body(operation));
    }

    @Test
    void multipartPartsFollowOpenApisDefaultEncodingUnlessTheSpecDeclaresDeepObject() throws Exception {
        File picture = Files.write(folder.resolve("me.png"), new byte[] {1, 2, 3}).toFile();
        Operation operation = Operation.of("PATCH", "/edit")
                .multipartField("headline", "CTO")
                .multipartField("skills", List.of("APIs", "Java"))
                .multipartField("settings", Map.of("filter", "STUDIO"))
                .multipartDeepObject("location", Map.of("id", "105015875", "tags", List.of("a", "b")))
                .multipartField("picture", picture)
                .multipartField("absent", null);

        String body = body(operation);
        String boundary = boundary(operation);
        assertTrue(operation.contentType().startsWith("multipart/form-data; boundary="));
        assertEquals(8, body.split("--" + boundary + "\r\n", -1).length - 1, body);
        assertTrue(body.contains("name=\"headline\"\r\n\r\nCTO\r\n"), body);
        assertTrue(body.contains("name=\"skills\"\r\n\r\nAPIs\r\n") && body.contains("name=\"skills\"\r\n\r\nJava\r\n"), body);
        assertTrue(body.contains("name=\"settings\"\r\nContent-Type: application/json\r\n\r\n{\"filter\":\"STUDIO\"}\r\n"), body);
        assertTrue(body.contains("name=\"location[id]\"\r\n\r\n105015875\r\n"), body);
        assertTrue(body.contains("name=\"location[tags]\"\r\n\r\na\r\n") && body.contains("name=\"location[tags]\"\r\n\r\nb\r\n"), body);
        assertTrue(body.contains("name=\"picture\"; filename=\"me.png\"\r\nContent-Type: image/png\r\n\r\n\u0001\u0002\u0003\r\n"), body);
        assertTrue(body.endsWith("--" + boundary + "--\r\n"), body);
    }

    @Test
    void theAcceptedFormatIsThePreferredOneWhenTheOperationHasIt() {
        Operation both = Operation.of("GET", "/users").produces("application/json").produces("application/xml");
        Operation json = Operation.of("GET", "/me").produces("application/json").produces("text/html");

        assertEquals(Format.XML, both.accept(Format.XML));
        assertEquals(Format.JSON, json.accept(Format.XML));
    }
}
