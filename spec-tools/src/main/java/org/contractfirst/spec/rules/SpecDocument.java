package org.contractfirst.spec.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.contractfirst.spec.layout.CanonicalLayout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** One spec file, read three ways: its text, its YAML tree (keys in written order) and swagger-parser's model. */
public record SpecDocument(String file, String text, JsonNode tree, OpenAPI model, List<String> parserMessages) {

    public static SpecDocument read(Path path) {
        try {
            return of(path.getFileName().toString(), Files.readString(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static SpecDocument of(String file, String text) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(text, null, options);
        List<String> messages = result.getMessages() == null ? List.of() : List.copyOf(result.getMessages());
        return new SpecDocument(file, text, CanonicalLayout.readTree(text), result.getOpenAPI(), messages);
    }

    public Finding finding(String rule, String pointer, String message) {
        return new Finding(rule, file, pointer, message);
    }

    /** The node a local reference such as {@code #/components/responses/Unauthorized} points at, or missing. */
    public JsonNode resolve(String ref) {
        return ref.startsWith("#") ? tree.at(ref.substring(1)) : MissingNode.getInstance();
    }
}
