package org.contractfirst.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.openapitools.codegen.api.TemplateDefinition;
import org.openapitools.codegen.api.TemplateFileType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The templates a module adds to the generator's own, listed in a {@code files.yaml} as openapi-generator's
 * {@code files} setting has them ({@code templateType}, {@code folder}, {@code destinationFilename}), with one
 * addition: {@code {api}}, {@code {Api}}, {@code {package}} and {@code {packagePath}} in a folder or file name are
 * the API's, so that a supporting file can be a class named after its API.
 */
final class TemplateFiles {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private TemplateFiles() {
    }

    static List<TemplateDefinition> read(Path file, Api api, String packagePrefix) {
        List<TemplateDefinition> templates = new ArrayList<>();
        if (file == null) {
            return templates;
        }
        JsonNode files;
        try {
            files = YAML.readTree(file.toFile()).path("files");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        files.fields().forEachRemaining(entry -> {
            JsonNode settings = entry.getValue();
            TemplateDefinition template = new TemplateDefinition(entry.getKey(),
                    api.expand(settings.path("folder").asText(""), packagePrefix),
                    api.expand(settings.path("destinationFilename").asText(""), packagePrefix));
            template.setTemplateType(TemplateFileType.valueOf(settings.path("templateType").asText("SupportingFiles")));
            templates.add(template);
        });
        return templates;
    }
}
