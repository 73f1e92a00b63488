package org.contractfirst.spec;

import org.contractfirst.spec.rules.Finding;
import org.contractfirst.spec.rules.NormalisationRule;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Lint findings as JUnit XML, the format CI servers show: one test case per spec and rule, failed by each of that
 * rule's findings in that spec.
 */
final class JunitReport {

    private JunitReport() {
    }

    static void write(Path target, List<String> files, List<NormalisationRule> rules, List<Finding> findings)
            throws IOException {
        StringBuilder cases = new StringBuilder();
        for (String file : files) {
            for (NormalisationRule rule : rules) {
                cases.append("  <testcase classname=\"spec-lint.").append(escape(file)).append("\" name=\"")
                        .append(rule.id()).append("\">\n");
                findings.stream().filter(finding -> finding.file().equals(file) && finding.rule().equals(rule.id()))
                        .forEach(finding -> cases.append("    <failure message=\"").append(escape(finding.message()))
                                .append("\">").append(escape(finding.toString())).append("</failure>\n"));
                cases.append("  </testcase>\n");
            }
        }
        Files.createDirectories(target.toAbsolutePath().getParent());
        Files.writeString(target, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuite name=\"spec-lint\" tests=\""
                + files.size() * rules.size() + "\" failures=\"" + findings.size() + "\">\n" + cases + "</testsuite>\n");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
