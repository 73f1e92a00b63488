package org.contractfirst.spec;

import org.contractfirst.spec.breaking.Source;
import org.contractfirst.spec.layout.CanonicalLayout;
import org.contractfirst.spec.rules.CanonicalLayoutRule;
import org.contractfirst.spec.rules.Finding;
import org.contractfirst.spec.rules.NormalisationStandard;
import org.contractfirst.spec.rules.SpecDocument;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * The command line over the specs folder (system property {@code specs.dir}, default {@code specs}):
 * <ul>
 * <li>{@code format}: rewrites every spec into the canonical layout;</li>
 * <li>{@code format-check}: fails naming each spec that is not in it, and its first differing line;</li>
 * <li>{@code lint [--junit FILE]}: every finding of the standard, as {@code rule file#pointer: message}, and as
 * JUnit XML;</li>
 * <li>{@code breaking [--base REV] [--report FILE] [--json FILE] [--annotations] [--summary FILE]}: compares each
 * spec with its version at a git revision (the merge base with main unless named), prints the Markdown change log,
 * writes it and its JSON form where asked, GitHub annotations and a step summary where asked or under GitHub Actions,
 * and fails on an unaccepted breaking change;</li>
 * <li>{@code breaking OLD NEW [--accepted FILE] ...}: the same for any two specs, files or URLs.</li>
 * </ul>
 * Exit status 0 when all is well, 1 when a check fails, 2 on a usage error.
 */
public final class SpecTool {

    /** The specs the canonical layout is for. */
    private static final String YAML = ".*\\.ya?ml$";
    /** The extensions of the specs lint and the gate read. */
    private static final String EXTENSION = "\\.(ya?ml|json)$";
    private static final String ANY = ".*" + EXTENSION;
    /** The options that take no value. */
    private static final Set<String> FLAGS = Set.of("--annotations");

    private SpecTool() {
    }

    public static void main(String[] args) {
        int status;
        try {
            status = run(Arrays.asList(args), specsDir(), System.getenv());
        } catch (IOException | UncheckedIOException e) {
            // Exit 1 says a check failed; a file that cannot be read or written is another matter.
            System.err.println(e.getMessage());
            status = 2;
        }
        // Only on failure: under exec:java this JVM is Maven's, and later goals of the same command must still run.
        if (status != 0) {
            System.exit(status);
        }
    }

    /** Runs a command as {@link #main} does, in an environment with no GitHub Actions. */
    static int run(List<String> args, Path specs) throws IOException {
        return run(args, specs, Map.of());
    }

    static int run(List<String> args, Path specs, Map<String, String> environment) throws IOException {
        if (args.isEmpty()) {
            return usage();
        }
        return switch (args.get(0)) {
            case "format" -> format(List.of(specs));
            case "format-check" -> formatCheck(List.of(specs));
            case "lint" -> lint(List.of(specs), option(args, "--junit"));
            case "breaking" -> breaking(args, specs, environment);
            default -> usage();
        };
    }

    /** Rewrites every spec of {@code paths} (files, or folders of them) into the canonical layout. */
    public static int format(List<Path> paths) throws IOException {
        for (Path file : files(paths, YAML)) {
            Files.writeString(file, CanonicalLayout.format(Files.readString(file)));
        }
        return 0;
    }

    /** Names each spec of {@code paths} that is not in the canonical layout, and its first differing line. */
    public static int formatCheck(List<Path> paths) throws IOException {
        List<Finding> findings = new ArrayList<>();
        for (Path file : files(paths, YAML)) {
            findings.addAll(CanonicalLayoutRule.check(file.getFileName().toString(), Files.readString(file)));
        }
        return report(findings);
    }

    /** Every finding of the normalisation standard in the specs of {@code paths}; as JUnit XML too, where named. */
    public static int lint(List<Path> paths, String junit) throws IOException {
        List<Path> files = files(paths, ANY);
        List<Finding> findings = lint(files);
        if (junit != null) {
            JunitReport.write(Path.of(junit), files.stream().map(file -> file.getFileName().toString()).toList(),
                    NormalisationStandard.RULES, findings);
        }
        return report(findings);
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

    private static int breaking(List<String> args, Path specs, Map<String, String> environment) throws IOException {
        List<String> specsToCompare = positional(args.subList(1, args.size()));
        GateOutputs outputs = new GateOutputs(option(args, "--report"), option(args, "--json"),
                args.contains("--annotations"), option(args, "--summary")).underGithubActions(environment);
        if (specsToCompare.size() == 2) {
            return breaking(specsToCompare.get(0), specsToCompare.get(1), option(args, "--accepted"), outputs);
        }
        if (!specsToCompare.isEmpty() || args.contains("--accepted")) {
            // The git form reads the file beside the specs, which its pull request changes where a reviewer sees it.
            return usage();
        }
        return breakingSince(specs, option(args, "--base"), outputs);
    }

    /**
     * Compares each spec of {@code specs} (a folder of specs, or one spec file) with its version at the git revision
     * {@code base} (the merge base with main when null); fails on a breaking change accepted neither in the
     * {@link AcceptedChanges#FILE} beside the specs nor by a major version bump.
     */
    public static int breakingSince(Path specs, String base, GateOutputs outputs) throws IOException {
        Path folder = Files.isDirectory(specs) ? specs : specs.toAbsolutePath().getParent();
        GitRevision revision = GitRevision.of(folder, base);
        AcceptedChanges accepted = AcceptedChanges.read(folder.resolve(AcceptedChanges.FILE));
        List<BreakingChanges.Verdict> verdicts = new ArrayList<>();
        for (Path file : files(List.of(specs), ANY)) {
            String name = file.getFileName().toString();
            verdicts.add(BreakingChanges.compare(apiName(name), name, revision.read(name).orElse(null),
                    Files.readString(file), accepted));
        }
        return report("# Spec changes since " + revision.revision() + "\n\n", revision.revision(), verdicts, outputs,
                revision::pathInRepository);
    }

    /**
     * Compares two specs of any origin, each a file path or a URL; fails on a breaking change accepted neither in
     * {@code acceptedFile} (by default the {@link AcceptedChanges#FILE} beside a NEW that is a file) nor by a major
     * version bump.
     */
    public static int breaking(String before, String after, String acceptedFile, GateOutputs outputs)
            throws IOException {
        Source old;
        Source now;
        try {
            old = Source.read(before);
            now = Source.read(after);
        } catch (UncheckedIOException | IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        Optional<Path> file = now.file();
        Path accepted = acceptedFile != null ? Path.of(acceptedFile)
                : file.map(path -> path.resolveSibling(AcceptedChanges.FILE)).orElse(null);
        BreakingChanges.Verdict verdict = BreakingChanges.compare(apiName(after), old, now,
                AcceptedChanges.read(accepted));
        String inRepository = outputs.annotations() ? file.flatMap(GitRevision::pathInRepository).orElse(null) : null;
        return report("# Spec changes from " + before + " to " + after + "\n\n", before, List.of(verdict), outputs,
                name -> name.equals(after) ? inRepository : null);
    }

    /** The file name of a path or URL without its extension: {@code bird} for {@code specs/bird.yaml}. */
    private static String apiName(String pathOrUrl) {
        String bare = pathOrUrl.replaceFirst("[?#].*$", "");
        return bare.substring(Math.max(bare.lastIndexOf('/'), bare.lastIndexOf('\\')) + 1)
                .replaceFirst(EXTENSION, "");
    }

    private static int report(String title, String base, List<BreakingChanges.Verdict> verdicts, GateOutputs outputs,
                              UnaryOperator<String> pathInRepository) throws IOException {
        StringBuilder report = new StringBuilder(title);
        for (BreakingChanges.Verdict verdict : verdicts) {
            report.append(verdict.changelog()).append('\n');
            System.err.println(verdict.summary());
        }
        System.out.println(report);
        if (outputs.annotations()) {
            GithubAnnotations.of(verdicts, pathInRepository).forEach(System.out::println);
        }
        write(outputs.report(), report.toString());
        write(outputs.json(), ChangeLog.json(base, verdicts));
        if (outputs.summary() != null) {
            Files.writeString(Path.of(outputs.summary()), report, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
        return verdicts.stream().allMatch(BreakingChanges.Verdict::passes) ? 0 : 1;
    }

    private static void write(String file, String text) throws IOException {
        if (file != null) {
            Files.createDirectories(Path.of(file).toAbsolutePath().getParent());
            Files.writeString(Path.of(file), text);
        }
    }

    /** The arguments that are neither an option ({@code --name}) nor an option's value; flags take no value. */
    private static List<String> positional(List<String> args) {
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).startsWith("--")) {
                i += FLAGS.contains(args.get(i)) ? 0 : 1;
            } else {
                positional.add(args.get(i));
            }
        }
        return positional;
    }

    private static String option(List<String> args, String name) {
        int at = args.indexOf(name);
        return at >= 0 && at + 1 < args.size() ? args.get(at + 1) : null;
    }

    private static int usage() {
        System.err.println("usage: SpecTool format | format-check | lint [--junit FILE]"
                + " | breaking [--base REV] [--report FILE] [--json FILE] [--annotations] [--summary FILE]"
                + " | breaking OLD NEW [--accepted FILE] [--report FILE] [--json FILE] [--annotations] [--summary FILE]");
        return 2;
    }

    static Path specsDir() {
        return Path.of(System.getProperty("specs.dir", "specs"));
    }

    /** The specs of {@code paths} whose names match {@code pattern}: each a spec file, or a folder of them. */
    private static List<Path> files(List<Path> paths, String pattern) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.isDirectory(path)) {
                files.add(path);
                continue;
            }
            try (Stream<Path> listing = Files.list(path)) {
                files.addAll(listing.filter(file -> file.getFileName().toString().matches(pattern)).sorted().toList());
            }
        }
        return files;
    }
}
