package org.contractfirst.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * Runs every benchmark and writes BENCHMARKS.md at the root of the repository. Arguments: the repository's folder,
 * the number of runs of each figure, and optionally a comma-separated list of the sections to run (codegen,
 * conformance, server, client, startup), which are then printed only. Started by {@code benchmarks/run}.
 */
public final class AllBenchmarks {

    static final String COMMAND = "bash benchmarks/run";

    private AllBenchmarks() {
    }

    public static void main(String[] args) throws Exception {
        Path repository = Path.of(args[0]).toAbsolutePath().normalize();
        int runs = Integer.parseInt(args[1]);
        Set<String> only = args.length > 2 && !args[2].isBlank() ? Set.of(args[2].split(",")) : Set.of();
        Map<String, Callable<Section>> all = new LinkedHashMap<>();
        all.put("codegen", () -> new CodegenBenchmark(repository, runs).run());
        all.put("conformance", () -> new ConformanceBenchmark(runs).run());
        all.put("server", () -> new ServerLoadBenchmark(runs).run());
        all.put("client", () -> new ClientBenchmarks(runs).run());
        all.put("startup", () -> new StartupBenchmark(repository, runs).run());
        Machine machine = Machine.current();
        List<Section> sections = new ArrayList<>();
        for (Map.Entry<String, Callable<Section>> benchmark : all.entrySet()) {
            if (only.isEmpty() || only.contains(benchmark.getKey())) {
                Section section = benchmark.getValue().call();
                System.out.println(section.markdown());
                sections.add(section);
            }
        }
        if (only.isEmpty()) {
            Path report = repository.resolve("BENCHMARKS.md");
            Files.writeString(report, BenchmarkReport.markdown(machine, COMMAND, sections,
                    repository.resolve("benchmarks/FINDINGS.md")));
            System.out.println("written: " + report);
        }
    }
}
