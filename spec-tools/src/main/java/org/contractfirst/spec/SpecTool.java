package org.contractfirst.spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Command line: {@code check [FILE...]} prints every finding of the normalisation standard and exits 1 if there is
 * one; {@code format [FILE...]} rewrites each file into the canonical layout. Without files, every {@code *.yaml}
 * of the specs folder (system property {@code specs.dir}) is taken.
 */
public final class SpecTool {

    private SpecTool() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || !List.of("check", "format").contains(args[0])) {
            System.err.println("usage: SpecTool check|format [FILE...]");
            System.exit(2);
        }
        List<Finding> findings = new ArrayList<>();
        for (Path file : files(Arrays.copyOfRange(args, 1, args.length))) {
            try {
                if (args[0].equals("format")) {
                    Files.writeString(file, CanonicalLayout.format(Files.readString(file)));
                } else {
                    findings.addAll(NormalisationStandard.check(SpecDocument.read(file)));
                }
            } catch (IllegalArgumentException e) {
                findings.add(new Finding("parses-cleanly", file.getFileName().toString(), "", e.getMessage()));
            }
        }
        findings.forEach(System.out::println);
        if (!findings.isEmpty()) {
            System.exit(1);
        }
    }

    private static List<Path> files(String[] names) throws IOException {
        if (names.length > 0) {
            return Arrays.stream(names).map(Path::of).toList();
        }
        try (Stream<Path> specs = Files.list(Path.of(System.getProperty("specs.dir", "specs")))) {
            return specs.filter(path -> path.toString().endsWith(".yaml")).sorted().toList();
        }
    }
}
