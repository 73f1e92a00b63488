package org.contractfirst.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * How one set of templates is run, read from {@code generator.yaml} beside them: the openapi-generator generator and
 * library, the package every API's code goes under ({@code <packagePrefix>.<api>}), its options, global properties,
 * type and import mappings, the generator's supporting files to keep, the service file that lists every API, and
 * what the generated code writes ({@code requests} for a client, {@code responses} for a server). The
 * build and the corpus test read the same file, so both generate the same code.
 */
public record GeneratorSettings(String generatorName, String library, String packagePrefix, Map<String, String> configOptions,
                                Map<String, String> globalProperties, Map<String, String> typeMappings,
                                Map<String, String> importMappings, List<String> supportingFiles,
                                Optional<ServiceRegistration> serviceRegistration, OneSidedRequired.Writes writes) {

    public static final String FILE = "generator.yaml";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    public static GeneratorSettings read(Path templates) {
        Path file = templates.resolve(FILE);
        JsonNode settings;
        try {
            settings = YAML.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        if (!settings.hasNonNull("generatorName") || !settings.hasNonNull("packagePrefix") || !settings.hasNonNull("writes")) {
            throw new IllegalArgumentException(file + " names no generatorName, packagePrefix and writes");
        }
        List<String> supporting = new ArrayList<>();
        settings.path("supportingFiles").forEach(name -> supporting.add(name.asText()));
        JsonNode registration = settings.path("serviceRegistration");
        return new GeneratorSettings(settings.get("generatorName").asText(), settings.path("library").asText(null),
                settings.get("packagePrefix").asText(), map(settings.path("configOptions")),
                map(settings.path("globalProperties")), map(settings.path("typeMappings")),
                map(settings.path("importMappings")), List.copyOf(supporting),
                registration.isObject() ? Optional.of(new ServiceRegistration(registration.path("service").asText(),
                        registration.path("provider").asText())) : Optional.empty(),
                OneSidedRequired.Writes.valueOf(settings.path("writes").asText("").toUpperCase(Locale.ROOT)));
    }

    /** The same settings with the code under another package. */
    public GeneratorSettings withPackagePrefix(String prefix) {
        return new GeneratorSettings(generatorName, library, prefix, configOptions, globalProperties, typeMappings,
                importMappings, supportingFiles, serviceRegistration, writes);
    }

    private static Map<String, String> map(JsonNode object) {
        Map<String, String> map = new LinkedHashMap<>();
        object.fields().forEachRemaining(entry -> map.put(entry.getKey(), entry.getValue().asText()));
        // Sorted, so that the settings read the same in every run, as the fingerprint needs.
        return Collections.unmodifiableMap(new TreeMap<>(map));
    }
}
