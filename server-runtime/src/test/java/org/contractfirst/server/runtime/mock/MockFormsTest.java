package org.contractfirst.server.runtime.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.contractfirst.values.OpenApiDocument;
import org.contractfirst.values.Schemas;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MockFormsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Schemas schemas = new Schemas(new OpenApiDocument(JSON.createObjectNode()));

    private JsonNode schema() throws Exception {
        return JSON.readTree("""
                {"type": "object", "properties": {
                  "count": {"type": "integer"}, "tags": {"type": "array", "items": {"type": "string"}},
                  "open": {"type": "boolean"}, "name": {"type": "string"},
                  "where": {"type": "object", "properties": {"floor": {"type": "integer"}}}}}""");
    }

    @Test
    void aFormIsReadAsTheJsonItsSchemaTypes() throws Exception {
        assertEquals(Optional.of("{\"count\":3,\"tags\":[\"a\"],\"open\":true,\"name\":\"12\",\"where\":{\"floor\":2}}"),
                MockForms.read("count=3&tags=a&open=true&name=12&where%5Bfloor%5D=2", schemas, schema()).map(JsonNode::toString));
    }

    @Test
    void aMultipartBodyIsReadAsTheFormIsAndItsFilesAreNotKept() throws Exception {
        String body = "--b1\r\nContent-Disposition: form-data; name=\"count\"\r\n\r\n3\r\n"
                + "--b1\r\nContent-Disposition: form-data; name=\"tags\"\r\n\r\na\r\n"
                + "--b1\r\nContent-Disposition: form-data; name=\"tags\"\r\n\r\nb\r\n"
                + "--b1\r\nContent-Disposition: form-data; name=\"where[floor]\"\r\n\r\n2\r\n"
                + "--b1\r\nContent-Disposition: form-data; name=\"picture\"; filename=\"p.jpg\"\r\nContent-Type: image/jpeg\r\n\r\nxyz\r\n"
                + "--b1--\r\n";
        assertEquals(Optional.of("{\"count\":3,\"tags\":[\"a\",\"b\"],\"where\":{\"floor\":2}}"),
                MockForms.readMultipart(body.getBytes(StandardCharsets.UTF_8), "b1", schemas, schema()).map(JsonNode::toString));
    }
}
