package org.contractfirst.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code mvn -q generate-sources} over every spec, server and client, in a copy of the build (its poms, specs,
 * templates and code generation plugin): from clean and with nothing changed, with our templates and with the
 * generator's stock ones. Clean includes compiling the plugin, which the build does first.
 */
final class CodegenBenchmark {

    private static final List<String> MODULES_WITH_OUTPUT = List.of("maven-plugin", "generated-server",
            "generated-client");

    private final Path repository;
    private final int runs;

    CodegenBenchmark(Path repository, int runs) {
        this.repository = repository;
        this.runs = runs;
    }

    Section run() throws IOException {
        Path workspace = Files.createTempDirectory("codegen-benchmark");
        try {
            copyBuild(workspace);
            Path stock = stockTemplates(workspace);
            double[] ours = new double[runs];
            double[] unchanged = new double[runs];
            double[] stockClean = new double[runs];
            for (int run = 0; run < runs; run++) {
                clean(workspace);
                ours[run] = generate(workspace, List.of());
                unchanged[run] = generate(workspace, List.of());
                clean(workspace);
                stockClean[run] = generate(workspace, List.of("-Dtemplates.dir=" + stock, "-Dcodegen.bundledTemplates=false"));
            }
            Samples oursClean = Samples.of(ours);
            return new Section("Code generation",
                    "`mvn -q -o generate-sources` in a copy of the build, timed from the command's start to its end "
                            + "(Maven's own start included), " + runs + " runs. Clean: the modules' `target/` removed "
                            + "first. Stock: the same specs and generator options with openapi-generator's own "
                            + "templates (`-Dtemplates.dir` pointing at a folder with no overrides, `-Dcodegen.bundledTemplates=false`).",
                    List.of(
                            new Figure("clean generation, our templates", "s", oursClean,
                                    "clean generation, stock templates", Samples.of(stockClean),
                                    Optional.of(Goal.ratioAtMost(1.2))),
                            new Figure("nothing changed, our templates", "s", Samples.of(unchanged),
                                    "clean generation, our templates", oursClean,
                                    Optional.of(Goal.ratioAtMost(0.35)))),
                    "");
        } finally {
            Processes.deleteTree(workspace);
        }
    }

    /** The parent pom, every module's pom, the specs, the templates and the plugin: all that generate-sources reads. */
    private void copyBuild(Path workspace) throws IOException {
        Files.copy(repository.resolve("pom.xml"), workspace.resolve("pom.xml"));
        Processes.copyTree(repository.resolve("specs"), workspace.resolve("specs"));
        Processes.copyTree(repository.resolve("templates"), workspace.resolve("templates"));
        Processes.copyTree(repository.resolve("maven-plugin/src"), workspace.resolve("maven-plugin/src"));
        try (var modules = Files.list(repository)) {
            for (Path module : (Iterable<Path>) modules::iterator) {
                if (Files.isRegularFile(module.resolve("pom.xml"))) {
                    Path copy = Files.createDirectories(workspace.resolve(module.getFileName().toString()));
                    Files.copy(module.resolve("pom.xml"), copy.resolve("pom.xml"));
                }
            }
        }
    }

    /** No overrides: only each side's generator settings, and the server's extra-files list left empty. */
    private Path stockTemplates(Path workspace) throws IOException {
        Path stock = workspace.resolve("stock-templates");
        for (String side : List.of("client", "server")) {
            Files.createDirectories(stock.resolve(side));
            Files.copy(repository.resolve("templates").resolve(side).resolve("generator.yaml"),
                    stock.resolve(side).resolve("generator.yaml"));
        }
        Files.writeString(stock.resolve("server/files.yaml"), "files: {}\n");
        return stock;
    }

    private static void clean(Path workspace) {
        MODULES_WITH_OUTPUT.forEach(module -> Processes.deleteTree(workspace.resolve(module).resolve("target")));
    }

    private static double generate(Path workspace, List<String> options) {
        List<String> command = new ArrayList<>(List.of("mvn", "-q", "-o", "-B", "generate-sources"));
        command.addAll(options);
        try {
            return Processes.timed(workspace, command);
        } catch (UncheckedIOException e) {
            throw new IllegalStateException("mvn must be on the PATH", e);
        }
    }
}
