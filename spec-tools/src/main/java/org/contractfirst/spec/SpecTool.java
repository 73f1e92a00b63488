package org.contractfirst.spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Command line: {@code check FILE...} prints every finding of the normalisation standard and exits 1 if there is
 * one; {@code format FILE...} rewrites each file into the canonical layout.
 */
public final class SpecTool {

    private SpecTool() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2 || !List.of("check", "format").contains(args[0])) {
            System.err.println("usage: SpecTool check|format FILE...");
            System.exit(2);
        }
        List<Finding> findings = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            Path file = Path.of(args[i]);
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
        System.exit(findings.isEmpty() ? 0 : 1);
    }
}
