package org.contractfirst.codegen;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openapitools.codegen.api.TemplateDefinition;
import org.openapitools.codegen.api.TemplateFileType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TemplateFilesTest {

    @TempDir
    Path folder;

    @Test
    void eachEntryIsATemplateWithTheApisNamesFilledIn() throws Exception {
        Path files = Files.writeString(folder.resolve("files.yaml"), """
                files:
                  service.mustache:
                    templateType: API
                    destinationFilename: Service.java
                  definition.mustache:
                    templateType: SupportingFiles
                    folder: "java/{packagePath}"
                    destinationFilename: "{Api}Definition.java"
                """);

        List<TemplateDefinition> templates = TemplateFiles.read(files, Api.of(Path.of("bird.yaml")), "org.example");

        assertEquals(2, templates.size());
        assertEquals(List.of("service.mustache", "", "Service.java", TemplateFileType.API),
                List.of(templates.get(0).getTemplateFile(), templates.get(0).getFolder(),
                        templates.get(0).getDestinationFilename(), templates.get(0).getTemplateType()));
        assertEquals(List.of("definition.mustache", "java/org/example/bird", "BirdDefinition.java",
                        TemplateFileType.SupportingFiles),
                List.of(templates.get(1).getTemplateFile(), templates.get(1).getFolder(),
                        templates.get(1).getDestinationFilename(), templates.get(1).getTemplateType()));
    }

    @Test
    void noFileIsNoTemplate() {
        assertEquals(List.of(), TemplateFiles.read(null, Api.of(Path.of("bird.yaml")), "org.example"));
    }
}
