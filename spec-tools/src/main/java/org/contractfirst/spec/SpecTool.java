package org.contractfirst.spec;

import org.contractfirst.spec.rules.CanonicalLayoutRule;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The command line over the specs folder (system property {@code specs.dir}, default {@code specs}):
 * <ul>
 * <li>{@code format}: rewrites every spec into the canonical layout;</li>
 * <li>{@code format-check}: fails naming each spec that is not in it, and its first differing line;</li>
 * <li>{@code lint [--junit FILE]}: every finding of the standard, as {@code rule file#pointer: message}, and as
 * JUnit XML;</li>
 * <li>{@code breaking [--base REV] [--report FILE]}: compares each spec with its version at a git revision (the
 * merge base with main unless named), prints the Markdown change log and fails on an unaccepted breaking change.</li>
 * </ul>
 * Exit status 0 when all is well, 1 when a check fails, 2 on a usage error.
 */
public final class SpecTool {

    private SpecTool() {
    }

    public static void main(String[] args) throws IOException {
        int status = run(Arrays.asList(args), specsDir());
        // Only on failure: under exec:java this JVM is Maven's, and later goals of the same command must still run.
        if (status != 0) {
            System.exit(status);
        }
    }

    static int run(List<String> args, Path specs) throws IOException {
        if (args.isEmpty()) {
            return usage();
        }
        List<Path> files = files(specs);
        return switch (args.get(0)) {
            case "format" -> {
                for (Path file : files) {
                    Files.writeString(file, CanonicalLayout.format(Files.readString(file)));
                }
                yield 0;
            }
            case "format-check" -> {
                List<Finding> findings = new ArrayList<>();
                for (Path file : files) {
                    findings.addAll(CanonicalLayoutRule.check(file.getFileName().toString(), Files.readString(file)));
                }
                yield report(findings);
            }
            case "lint" -> {
                List<Finding> findings = lint(files);
                String junit = option(args, "--junit");
                if (junit != null) {
                    JunitReport.write(Path.of(junit), files.stream().map(file -> file.getFileName().toString()).toList(),
                            NormalisationStandard.RULES, findings);
                }
                yield report(findings);
            }
            case "breaking" -> breaking(files, GitRevision.of(specs, option(args, "--base")), option(args, "--report"));
            default -> usage();
        };
    }

    private static List<Finding> lint(List<Path> files) {
        List<Finding> findings = new ArrayList<>();
        for (Path file : files) {
            try {
                findings.addAll(NormalisationStandard.check(SpecDocument.read(file)));
            } catch (IllegalArgumentException e) {
                findings.add(new Finding("parses-cleanly", file.getFileName().toString(), "", e.getMessage()));
            }
        }
        return findings;
    }

    private static int report(List<Finding> findings) {
        findings.forEach(System.out::println);
        return findings.isEmpty() ? 0 : 1;
    }

    private static int breaking(List<Path> files, GitRevision base, String reportFile) throws IOException {
        StringBuilder report = new StringBuilder("# Spec changes since " + base.revision() + "\n\n");
        boolean passes = true;
        for (Path file : files) {
            String name = file.getFileName().toString();
            BreakingChanges.Verdict verdict = BreakingChanges.compare(name.replaceFirst("\\.yaml$", ""),
                    base.read(name).orElse(null), Files.readString(file));
            report.append(verdict.changelog()).append('\n');
            System.err.println(verdict.summary());
            passes &= verdict.passes();
        }
        System.out.println(report);
        if (reportFile != null) {
            Files.createDirectories(Path.of(reportFile).toAbsolutePath().getParent());
            Files.writeString(Path.of(reportFile), report);
        }
        return passes ? 0 : 1;
    }

    private static String option(List<String> args, String name) {
        int at = args.indexOf(name);
        return at >= 0 && at + 1 < args.size() ? args.get(at + 1) : null;
    }

    private static int usage() {
        System.err.println("usage: SpecTool format | format-check | lint [--junit FILE] | breaking [--base REV] [--report FILE]");
        return 2;
    }

    static Path specsDir() {
        return Path.of(System.getProperty("specs.dir", "specs"));
    }

    private static List<Path> files(Path specs) throws IOException {
        try (Stream<Path> listing = Files.list(specs)) {
            return listing.filter(path -> path.toString().endsWith(".yaml")).sorted().toList();
        }
    }
}
