package org.contractfirst.codegen;

import org.openapitools.codegen.ClientOptInput;
import org.openapitools.codegen.DefaultGenerator;
import org.openapitools.codegen.api.TemplateDefinition;
import org.openapitools.codegen.api.TemplateFileType;
import org.openapitools.codegen.config.CodegenConfigurator;
import org.openapitools.codegen.config.GlobalSettings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Generates one API's code with one folder of templates and its {@link GeneratorSettings}: sources under
 * {@code java/} of the output folder, in {@code <packagePrefix>.<api>} and its {@code .api} and {@code .model}
 * packages. The templates the generator lacks are listed in the folder's {@code files.yaml}.
 */
public final class Generation {

    public static final String SOURCE_FOLDER = "java";
    private static final String TEMPLATE_FILES = "files.yaml";

    private final Path templates;
    private final GeneratorSettings settings;

    public Generation(Path templates, GeneratorSettings settings) {
        this.templates = templates;
        this.settings = settings;
    }

    public static Generation of(Path templates) {
        return new Generation(templates, GeneratorSettings.read(templates));
    }

    public GeneratorSettings settings() {
        return settings;
    }

    public String javaPackage(Api api) {
        return settings.packagePrefix() + "." + api.packageSegment();
    }

    /** What the code of {@code api} is made from, as a fingerprint: its spec, the templates, the settings, this code. */
    public String fingerprint(Api api) {
        return Fingerprint.of(api.spec(), templates, settings.toString());
    }

    /** Generates into an emptied {@code folder}: code from an earlier spec or template must not outlive them. */
    public void generate(Api api, Path folder) {
        deleteTree(folder);
        CodegenConfigurator configurator = new CodegenConfigurator()
                .setGeneratorName(settings.generatorName())
                .setInputSpec(api.spec().toString())
                .setOutputDir(folder.toString())
                .setTemplateDir(templates.toString())
                .setInvokerPackage(javaPackage(api))
                .setApiPackage(javaPackage(api) + ".api")
                .setModelPackage(javaPackage(api) + ".model")
                .setQuiet(true);
        if (settings.library() != null) {
            configurator.setLibrary(settings.library());
        }
        settings.configOptions().forEach(configurator::addAdditionalProperty);
        configurator.addAdditionalProperty("sourceFolder", SOURCE_FOLDER)
                .addAdditionalProperty("apiName", api.name())
                .addAdditionalProperty("apiSpecFile", api.spec().getFileName().toString())
                .addAdditionalProperty("apiClassPrefix", api.classPrefix());
        settings.typeMappings().forEach(configurator::addTypeMapping);
        settings.importMappings().forEach(configurator::addImportMapping);
        Path files = templates.resolve(TEMPLATE_FILES);
        List<TemplateDefinition> added = TemplateFiles.read(Files.exists(files) ? files : null, api, settings.packagePrefix());
        Set<String> supporting = new LinkedHashSet<>(settings.supportingFiles());
        added.stream().filter(template -> template.getTemplateType() == TemplateFileType.SupportingFiles)
                .forEach(template -> supporting.add(template.getDestinationFilename()));
        Map<String, String> global = new TreeMap<>(Map.of("apis", "", "models", "", "apiTests", "false",
                "modelTests", "false", "apiDocs", "false", "modelDocs", "false"));
        global.putAll(settings.globalProperties());
        if (!supporting.isEmpty()) {
            global.put("supportingFiles", String.join(",", supporting));
        }
        global.forEach(configurator::addGlobalProperty);
        try {
            ClientOptInput input = configurator.toClientOptInput().userDefinedTemplates(added);
            StringUnions.simplify(input.getOpenAPI());
            OpenObjects.mark(input.getOpenAPI());
            OneSidedRequired.apply(input.getOpenAPI(), settings.writes());
            if (settings.writes() == OneSidedRequired.Writes.REQUESTS) {
                UnsentReadOnly.mark(input.getOpenAPI());
                JacksonXmlNames.mark(input.getOpenAPI());
            }
            JavaLangNames.rename(input.getOpenAPI(), input.getConfig());
            new DefaultGenerator().opts(input).generate();
        } finally {
            GlobalSettings.reset();
        }
    }

    /** Removes {@code folder} and all it holds, if it exists. */
    public static void deleteTree(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot empty " + folder, e);
        }
    }
}
