package org.contractfirst.codegen;

import org.apache.maven.model.Resource;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.openapitools.codegen.ClientOptInput;
import org.openapitools.codegen.DefaultGenerator;
import org.openapitools.codegen.api.TemplateDefinition;
import org.openapitools.codegen.api.TemplateFileType;
import org.openapitools.codegen.config.CodegenConfigurator;
import org.openapitools.codegen.config.GlobalSettings;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Generates the code of every spec in the specs folder with one generator and one set of templates: the folder is
 * the list of APIs, so a new spec needs no build change. Each API's code goes to {@code <outputDirectory>/<api>},
 * its sources under {@code java/}, in the packages {@code <packagePrefix>.<api>} ({@code .api}, {@code .model}).
 * An API whose spec, templates and settings are those of its last generation is skipped; the code of a spec that
 * is gone is removed.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public final class GenerateMojo extends AbstractMojo {

    private static final String FINGERPRINT_FILE = ".codegen.sha256";
    private static final String SOURCE_FOLDER = "java";

    @Parameter(defaultValue = "${maven.multiModuleProjectDirectory}/specs", required = true)
    private File specs;

    @Parameter(required = true)
    private String generatorName;

    @Parameter
    private String library;

    /** The folder of the templates that replace or add to the generator's own. */
    @Parameter
    private File templateDirectory;

    /** The templates the generator does not have, in openapi-generator's {@code files} format (see TemplateFiles). */
    @Parameter
    private File templateFiles;

    @Parameter(required = true)
    private String packagePrefix;

    @Parameter(defaultValue = "${project.build.directory}/generated-sources", required = true)
    private File outputDirectory;

    @Parameter
    private Map<String, String> configOptions = Map.of();

    @Parameter
    private Map<String, String> globalProperties = Map.of();

    @Parameter
    private Map<String, String> typeMappings = Map.of();

    @Parameter
    private Map<String, String> importMappings = Map.of();

    /** The generator's supporting files to write, by file name; none unless listed. */
    @Parameter
    private List<String> supportingFiles = List.of();

    /** A Java service file listing one provider class per API, so that code can find every generated API. */
    @Parameter
    private ServiceRegistration serviceRegistration;

    /** How many APIs are generated at once; the cores of the machine unless set. */
    @Parameter(property = "codegen.threads")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Parameter(property = "codegen.skip", defaultValue = "false")
    private boolean skip;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            getLog().info("Code generation is skipped (codegen.skip).");
            return;
        }
        List<Api> apis = apis();
        Path output = outputDirectory.toPath();
        try {
            removeStale(output, apis);
            List<Callable<Void>> stale = new ArrayList<>();
            for (Api api : apis) {
                Path folder = output.resolve(api.name());
                String fingerprint = Fingerprint.of(api.spec(), templates(), settings());
                if (fingerprint.equals(read(folder.resolve(FINGERPRINT_FILE)))) {
                    getLog().info(api.name() + ": up to date; code generation is skipped.");
                } else {
                    stale.add(() -> {
                        getLog().info(api.name() + ": generating " + generatorName + " code from " + api.spec().getFileName());
                        deleteTree(folder);
                        generate(api, folder);
                        Files.writeString(folder.resolve(FINGERPRINT_FILE), fingerprint);
                        return null;
                    });
                }
                project.addCompileSourceRoot(folder.resolve(SOURCE_FOLDER).toString());
            }
            runAll(stale);
            if (serviceRegistration != null) {
                register(apis);
            }
        } catch (IOException | RuntimeException e) {
            throw new MojoExecutionException("code generation failed: " + e.getMessage(), e);
        }
    }

    /** Generates the stale APIs side by side, one per core: each generation is independent of the others. */
    private void runAll(List<Callable<Void>> generations) throws MojoExecutionException {
        if (generations.isEmpty()) {
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, generations.size()));
        try {
            for (Future<Void> generation : pool.invokeAll(generations)) {
                generation.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MojoExecutionException("code generation was interrupted", e);
        } catch (ExecutionException e) {
            throw new MojoExecutionException("code generation failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private List<Api> apis() throws MojoExecutionException {
        try (Stream<Path> listing = Files.list(specs.toPath())) {
            return listing.filter(file -> file.toString().matches(".*\\.(yaml|yml|json)$")).sorted().map(Api::of).toList();
        } catch (IOException e) {
            throw new MojoExecutionException("cannot list the specs in " + specs, e);
        }
    }

    private void generate(Api api, Path folder) {
        CodegenConfigurator configurator = new CodegenConfigurator()
                .setGeneratorName(generatorName)
                .setInputSpec(api.spec().toString())
                .setOutputDir(folder.toString())
                .setInvokerPackage(javaPackage(api))
                .setApiPackage(javaPackage(api) + ".api")
                .setModelPackage(javaPackage(api) + ".model")
                .setQuiet(true);
        if (library != null) {
            configurator.setLibrary(library);
        }
        if (templateDirectory != null) {
            configurator.setTemplateDir(templateDirectory.toString());
        }
        configOptions.forEach(configurator::addAdditionalProperty);
        configurator.addAdditionalProperty("sourceFolder", SOURCE_FOLDER)
                .addAdditionalProperty("apiName", api.name())
                .addAdditionalProperty("apiSpecFile", api.spec().getFileName().toString())
                .addAdditionalProperty("apiClassPrefix", api.classPrefix());
        typeMappings.forEach(configurator::addTypeMapping);
        importMappings.forEach(configurator::addImportMapping);
        List<TemplateDefinition> added = TemplateFiles.read(templateFiles == null ? null : templateFiles.toPath(), api,
                packagePrefix);
        Set<String> supporting = new LinkedHashSet<>(supportingFiles);
        added.stream().filter(template -> template.getTemplateType() == TemplateFileType.SupportingFiles)
                .forEach(template -> supporting.add(template.getDestinationFilename()));
        Map<String, String> global = new TreeMap<>(Map.of("apis", "", "models", "", "apiTests", "false",
                "modelTests", "false", "apiDocs", "false", "modelDocs", "false"));
        global.putAll(globalProperties);
        if (!supporting.isEmpty()) {
            global.put("supportingFiles", String.join(",", supporting));
        }
        global.forEach(configurator::addGlobalProperty);
        try {
            ClientOptInput input = configurator.toClientOptInput().userDefinedTemplates(added);
            StringUnions.simplify(input.getOpenAPI());
            new DefaultGenerator().opts(input).generate();
        } finally {
            GlobalSettings.reset();
        }
    }

    private String javaPackage(Api api) {
        return packagePrefix + "." + api.packageSegment();
    }

    /** Every setting that shapes the code, in a stable order, for the fingerprint. */
    private String settings() {
        return String.join("\n", generatorName, String.valueOf(library), packagePrefix,
                new TreeMap<>(configOptions).toString(), new TreeMap<>(globalProperties).toString(),
                new TreeMap<>(typeMappings).toString(), new TreeMap<>(importMappings).toString(),
                supportingFiles.toString(),
                templateFiles == null ? "" : templateFiles.getName());
    }

    private Path templates() {
        return templateDirectory == null ? null : templateDirectory.toPath();
    }

    /** Removes the code of APIs whose spec is gone: the folders this goal wrote, marked by their fingerprint. */
    private void removeStale(Path output, List<Api> apis) throws IOException {
        if (!Files.isDirectory(output)) {
            return;
        }
        Set<String> names = apis.stream().map(Api::name).collect(Collectors.toSet());
        try (Stream<Path> folders = Files.list(output)) {
            for (Path folder : folders.toList()) {
                if (!names.contains(folder.getFileName().toString()) && Files.exists(folder.resolve(FINGERPRINT_FILE))) {
                    getLog().info(folder.getFileName() + ": its spec is gone; removing its generated code.");
                    deleteTree(folder);
                }
            }
        }
    }

    private void register(List<Api> apis) throws IOException {
        Path resources = Path.of(project.getBuild().getDirectory(), "generated-resources", "codegen");
        Path file = resources.resolve("META-INF/services").resolve(serviceRegistration.getService());
        Files.createDirectories(file.getParent());
        List<String> providers = new ArrayList<>();
        apis.forEach(api -> providers.add(api.expand(serviceRegistration.getProvider(), packagePrefix)));
        Files.write(file, providers, StandardCharsets.UTF_8);
        Resource resource = new Resource();
        resource.setDirectory(resources.toString());
        project.addResource(resource);
    }

    private static String read(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file).trim() : null;
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
