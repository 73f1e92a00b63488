package org.contractfirst.server.runtime;


import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An API served by the runtime the way generated code serves it ({@link ItemsApi}). */
class ApiServerTest {

    private ApiServer server;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeEach
    void start() {
        server = ApiServer.start(new ItemsApi.Definition(), new ItemsApi.Items(), 0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder at(String path) {
        return HttpRequest.newBuilder(URI.create(server.baseUri() + path));
    }

    @Test
    void servesOnTheBasePathOfTheSpecsLocalServer() {
        assertEquals("/v1", server.baseUri().getPath());
        assertEquals("127.0.0.1", server.baseUri().getHost());
    }

    @Test
    void enforcesTheSpecsSecurityWithTheBearerChallenge() throws Exception {
        HttpResponse<String> anonymous = send(at("/items/a"));
        HttpResponse<String> withoutTheScope = send(at("/items/a").header("Authorization", "Bearer writer"));
        HttpResponse<String> reader = send(at("/items/a").header("Authorization", "Bearer reader"));

        assertEquals(401, anonymous.statusCode());
        assertTrue(anonymous.body().contains("MISSING_CREDENTIALS"), anonymous.body());
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer realm=\"items\""));
        assertEquals(401, withoutTheScope.statusCode());
        assertTrue(withoutTheScope.headers().firstValue("WWW-Authenticate").orElse("").contains("invalid_token"));
        assertEquals(200, reader.statusCode());
    }

    @Test
    void unknownPathsAndMethodsAreAnsweredInTheApisShape() throws Exception {
        HttpResponse<String> unknown = send(at("/nothing").header("Authorization", "Bearer reader"));
        HttpResponse<String> method = send(at("/items/a").DELETE().header("Authorization", "Bearer reader"));

        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.body().contains("NOT_FOUND"), unknown.body());
        assertEquals(405, method.statusCode());
        assertTrue(method.body().contains("METHOD_NOT_ALLOWED"), method.body());
        assertEquals(Set.of("GET"), Set.copyOf(List.of(method.headers().firstValue("Allow").orElse("").split(",\\s*")))
                .stream().filter(allowed -> !allowed.equals("OPTIONS") && !allowed.equals("HEAD")).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void aTrailingSlashOrAMatrixParameterMakesNoPathOfTheSpec() throws Exception {
        for (String path : List.of("/items/a/", "/items;x=1/a", "/items/a;x=1/")) {
            HttpResponse<String> answer = send(at(path).header("Authorization", "Bearer reader"));
            assertEquals(404, answer.statusCode(), path + ": " + answer.body());
            assertTrue(answer.body().contains("NOT_FOUND"), answer.body());
        }
        assertEquals(200, send(at("/items/a").header("Authorization", "Bearer reader")).statusCode());
    }

    @Test
    void aMultipartBodyIsBoundAsItsEncodingSays() throws Exception {
        HttpResponse<String> created = send(multipart("writer", List.of(
                text("name", "text/plain", "lamp"), text("meta[colour]", "text/plain", "red"),
                text("meta[size][h]", "text/plain", "2"), text("tags", "application/json", "{\"kind\":\"light\"}"),
                file("picture", "lamp.png", "image/png"))));

        assertEquals(201, created.statusCode(), created.body());
        assertTrue(created.body().contains("\"meta\":{\"colour\":\"red\",\"size\":{\"h\":\"2\"}}")
                || created.body().contains("\"meta\":{\"size\":{\"h\":\"2\"},\"colour\":\"red\"}"), created.body());
        assertTrue(created.body().contains("\"tags\":{\"kind\":\"light\"}"), created.body());
        assertTrue(created.body().contains("\"picture\":\"lamp.png\""), created.body());
    }

    @Test
    void aBodySentWithAnUpgradeToHttp2IsReadAsHttp11() throws Exception {
        // The JDK's client, left to its default, asks to upgrade a plain connection to h2c with its first request.
        HttpClient upgrading = HttpClient.newBuilder().connectTimeout(java.time.Duration.ofSeconds(5)).build();
        HttpRequest request = multipart("writer", List.of(text("name", "text/plain", "lamp"),
                text("meta[colour]", "text/plain", "red"))).timeout(java.time.Duration.ofSeconds(10)).build();
        HttpResponse<String> created = upgrading.send(request, HttpResponse.BodyHandlers.ofString());

        assertEquals(201, created.statusCode(), created.body());
        assertEquals(HttpClient.Version.HTTP_1_1, created.version());
        assertTrue(created.body().contains("\"name\":\"lamp\""), created.body());
    }

    @Test
    void aPartThatBreaksTheEncodingIsTheApisErrorNeverA500() throws Exception {
        HttpResponse<String> wrongType = send(multipart("key", List.of(text("name", "text/plain", "lamp"),
                file("picture", "lamp.jpg", "image/jpeg"))));
        HttpResponse<String> notText = send(multipart("key", List.of(text("name", "application/xml", "<lamp/>"))));
        HttpResponse<String> badJson = send(multipart("key", List.of(text("tags", "application/json", "{\"kind\""))));
        HttpResponse<String> undeclaredBrackets = send(multipart("key", List.of(text("tags[kind]", "text/plain", "x"),
                text("name[", "text/plain", "x"))));

        assertEquals(422, wrongType.statusCode(), wrongType.body());
        assertTrue(wrongType.body().contains("INVALID_INPUT") && wrongType.body().contains("image/jpeg"), wrongType.body());
        assertEquals(400, notText.statusCode(), notText.body());
        assertEquals(400, badJson.statusCode(), badJson.body());
        assertEquals(400, undeclaredBrackets.statusCode(), undeclaredBrackets.body());
    }

    private record Part(String name, String contentType, String fileName, byte[] content) {
    }

    private static Part text(String name, String contentType, String value) {
        return new Part(name, contentType, null, value.getBytes(StandardCharsets.UTF_8));
    }

    private static Part file(String name, String fileName, String contentType) {
        return new Part(name, contentType, fileName, new byte[] {1, 2, 3});
    }

    private HttpRequest.Builder multipart(String credential, List<Part> parts) {
        String boundary = "boundary-of-the-test";
        StringBuilder body = new StringBuilder();
        for (Part part : parts) {
            body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(part.name())
                    .append('"').append(part.fileName() == null ? "" : "; filename=\"" + part.fileName() + '"')
                    .append("\r\nContent-Type: ").append(part.contentType()).append("\r\n\r\n")
                    .append(new String(part.content(), StandardCharsets.ISO_8859_1)).append("\r\n");
        }
        body.append("--").append(boundary).append("--\r\n");
        HttpRequest.Builder request = at("/items").header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toString().getBytes(StandardCharsets.ISO_8859_1)));
        return credential.equals("key") ? request.header("X-API-KEY", credential)
                : request.header("Authorization", "Bearer " + credential);
    }
}
