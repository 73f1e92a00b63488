package org.contractfirst.codegen;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** The fingerprint changes exactly when what the code is made from changes. */
class FingerprintTest {

    @TempDir
    Path folder;

    @Test
    void followsTheSpecTheTemplatesAndTheSettings() throws Exception {
        Path spec = Files.writeString(folder.resolve("bird.yaml"), "openapi: 3.0.3\n");
        Path templates = Files.createDirectories(folder.resolve("templates"));
        Files.writeString(templates.resolve("api.mustache"), "{{classname}}");
        String first = Fingerprint.of(spec, templates, "jaxrs-spec");

        assertEquals(first, Fingerprint.of(spec, templates, "jaxrs-spec"));
        assertNotEquals(first, Fingerprint.of(spec, templates, "java"));
        Files.writeString(spec, "openapi: 3.0.3\ninfo: {}\n");
        String specChanged = Fingerprint.of(spec, templates, "jaxrs-spec");
        assertNotEquals(first, specChanged);
        Files.writeString(templates.resolve("model.mustache"), "{{name}}");
        String templateAdded = Fingerprint.of(spec, templates, "jaxrs-spec");
        assertNotEquals(specChanged, templateAdded);
        Files.move(templates.resolve("model.mustache"), templates.resolve("pojo.mustache"));
        assertNotEquals(templateAdded, Fingerprint.of(spec, templates, "jaxrs-spec"));
    }
}
