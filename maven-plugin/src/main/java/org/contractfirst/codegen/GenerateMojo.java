package org.contractfirst.codegen;

import org.apache.maven.model.Resource;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Generates the code of every spec in the specs folder, or of one spec file, with the templates and
 * {@code generator.yaml} this plugin carries for its side ({@link BundledTemplates}), a team's own
 * {@code templateDirectory} laid over them file by file ({@link Generation}): the folder is the list of APIs, so a
 * new spec needs no build change. Each API's code goes to {@code <outputDirectory>/<api>}, under
 * {@code <package>.<api>}; the specs go on the class path as {@code specs/<file>}, where the generated code finds
 * them. An API whose spec, templates and settings are those of its last generation is skipped; the code of a spec
 * that is gone is removed.
 */
abstract class GenerateMojo extends SpecsMojo {

    private static final String FINGERPRINT_FILE = ".codegen.sha256";

    /** Templates (and a generator.yaml) that replace the plugin's own of the same name, or add to them. */
    @Parameter(property = "codegen.templateDirectory")
    private File templateDirectory;

    /** false: openapi-generator's own templates with only those of templateDirectory, none of the plugin's. */
    @Parameter(property = "codegen.bundledTemplates", defaultValue = "true")
    private boolean bundledTemplates;

    /** The class-name prefix of the generated classes ({@code <prefix>Implementation}); with one spec only. */
    @Parameter(property = "codegen.classPrefix")
    private String classPrefix;

    /** How many APIs are generated at once; the cores of the machine unless set. */
    @Parameter(property = "codegen.threads")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Parameter(property = "codegen.skip", defaultValue = "false")
    private boolean skip;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    /** The side this goal generates. */
    abstract BundledTemplates.Side side();

    /** The package each API's code goes under, as {@code <package>.<api>}. */
    abstract String packagePrefix();

    /** Where each API's code goes, as {@code <folder>/<api>}. */
    abstract File outputDirectory();

    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            getLog().info("Code generation is skipped (codegen.skip).");
            return;
        }
        List<Api> apis = apis(classPrefix);
        Path output = outputDirectory().toPath();
        Generation generation;
        try {
            generation = generation();
        } catch (RuntimeException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        try {
            putSpecsOnTheClassPath();
            removeStale(output, apis);
            List<Callable<Void>> stale = new ArrayList<>();
            for (Api api : apis) {
                Path folder = output.resolve(api.name());
                String fingerprint = generation.fingerprint(api);
                if (fingerprint.equals(read(folder.resolve(FINGERPRINT_FILE)))) {
                    getLog().info(api.name() + ": up to date; code generation is skipped.");
                } else {
                    stale.add(() -> {
                        getLog().info(api.name() + ": generating " + generation.settings().generatorName() + " code from "
                                + api.spec().getFileName());
                        generation.generate(api, folder);
                        Files.writeString(folder.resolve(FINGERPRINT_FILE), fingerprint);
                        return null;
                    });
                }
                project.addCompileSourceRoot(folder.resolve(Generation.SOURCE_FOLDER).toString());
            }
            runAll(stale);
            if (generation.settings().serviceRegistration().isPresent()) {
                register(apis, generation);
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

    /** The plugin's templates with the team's laid over them, in a folder of their own under {@code target}. */
    private Generation generation() {
        Path templates = Path.of(project.getBuild().getDirectory(), "codegen-templates", side().name().toLowerCase(Locale.ROOT));
        Generation.deleteTree(templates);
        if (bundledTemplates) {
            BundledTemplates.copyTo(side(), templates);
        }
        if (templateDirectory != null) {
            BundledTemplates.overlay(templateDirectory.toPath(), templates);
        }
        return new Generation(templates, GeneratorSettings.read(templates).withPackagePrefix(packagePrefix()));
    }

    /** The specs travel with the code as {@code specs/<file>}: it enforces their security and encodings as written. */
    private void putSpecsOnTheClassPath() {
        Resource resource = new Resource();
        resource.setTargetPath("specs");
        if (spec != null) {
            resource.setDirectory(spec.getAbsoluteFile().getParent());
            resource.addInclude(spec.getName());
        } else {
            resource.setDirectory(specs.getAbsolutePath());
            SpecFiles.EXTENSIONS.forEach(extension -> resource.addInclude("*." + extension));
        }
        boolean added = project.getResources().stream().anyMatch(existing -> existing.getDirectory().equals(
                resource.getDirectory()) && "specs".equals(existing.getTargetPath())
                && existing.getIncludes().equals(resource.getIncludes()));
        if (!added) {
            project.addResource(resource);
        }
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
                    Generation.deleteTree(folder);
                }
            }
        }
    }

    private void register(List<Api> apis, Generation generation) throws IOException {
        ServiceRegistration registration = generation.settings().serviceRegistration().orElseThrow();
        Path resources = Path.of(project.getBuild().getDirectory(), "generated-resources", "codegen");
        Path file = resources.resolve("META-INF/services").resolve(registration.service());
        Files.createDirectories(file.getParent());
        List<String> providers = new ArrayList<>();
        apis.forEach(api -> providers.add(api.expand(registration.provider(), generation.settings().packagePrefix())));
        Files.write(file, providers, StandardCharsets.UTF_8);
        Resource resource = new Resource();
        resource.setDirectory(resources.toString());
        project.addResource(resource);
    }

    private static String read(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file).trim() : null;
    }
}
