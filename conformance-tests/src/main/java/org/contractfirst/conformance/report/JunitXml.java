package org.contractfirst.conformance.report;

import org.contractfirst.conformance.Conformance;
import org.contractfirst.conformance.checks.Failure;
import org.contractfirst.conformance.checks.SpecFinding;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * JUnit XML for CI: one test suite per API, one test case per check and operation, failed by the failures the step
 * found (and, in a strict run, its HTTP findings), in error where it could not run, skipped where it did not apply;
 * and, in a strict run, one failed case per spec finding.
 */
public final class JunitXml {

    /** One step's outcome under its API. */
    public record Case(String api, String name, Conformance.Outcome outcome) {
    }

    private final List<Case> cases = new ArrayList<>();
    private final List<SpecFinding> strictFindings = new ArrayList<>();
    private final boolean strict;

    public JunitXml(boolean strict) {
        this.strict = strict;
    }

    /** The failures that fail a case: HTTP findings only in a strict run. */
    private List<Failure> failing(Conformance.Outcome outcome) {
        return outcome.failures().stream().filter(failure -> strict || failure.failsByDefault()).toList();
    }

    public void add(String api, Conformance.Step step, Conformance.Outcome outcome) {
        cases.add(new Case(api, step.toString(), outcome));
    }

    public void failFindings(List<SpecFinding> findings) {
        strictFindings.addAll(findings);
    }

    public void write(Path file) throws IOException {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"conformance\">\n");
        List<String> apis = new ArrayList<>();
        cases.forEach(entry -> {
            if (!apis.contains(entry.api())) {
                apis.add(entry.api());
            }
        });
        for (String api : apis) {
            List<Case> own = cases.stream().filter(entry -> entry.api().equals(api)).toList();
            List<SpecFinding> findings = strictFindings.stream().filter(finding -> finding.api().equals(api)).toList();
            long failed = own.stream().filter(entry -> !failing(entry.outcome()).isEmpty()).count() + findings.size();
            long errors = own.stream().filter(entry -> !entry.outcome().errors().isEmpty()).count();
            long skipped = own.stream().filter(entry -> entry.outcome().skipped() != null).count();
            xml.append("  <testsuite name=\"").append(attribute(api)).append("\" tests=\"").append(own.size() + findings.size())
                    .append("\" failures=\"").append(failed).append("\" errors=\"").append(errors).append("\" skipped=\"")
                    .append(skipped).append("\">\n");
            for (Case entry : own) {
                xml.append("    <testcase classname=\"").append(attribute(api)).append("\" name=\"")
                        .append(attribute(entry.name())).append("\"");
                Conformance.Outcome outcome = entry.outcome();
                if (failing(outcome).isEmpty() && outcome.errors().isEmpty() && outcome.skipped() == null) {
                    xml.append("/>\n");
                    continue;
                }
                xml.append(">\n");
                if (outcome.skipped() != null) {
                    xml.append("      <skipped message=\"").append(attribute(outcome.skipped())).append("\"/>\n");
                }
                for (Failure failure : failing(outcome)) {
                    xml.append("      <failure message=\"").append(attribute("expected " + failure.expected()))
                            .append("\" type=\"").append(attribute(failure.code())).append("\">").append(text(failure.toString()))
                            .append("</failure>\n");
                }
                outcome.errors().forEach(error -> xml.append("      <error message=\"").append(attribute(error.message()))
                        .append("\">").append(text(error.stack())).append("</error>\n"));
                xml.append("    </testcase>\n");
            }
            for (SpecFinding finding : findings) {
                xml.append("    <testcase classname=\"").append(attribute(api)).append("\" name=\"")
                        .append(attribute("spec finding " + finding.rule() + " " + finding.operation())).append("\">\n")
                        .append("      <failure message=\"").append(attribute(finding.message())).append("\" type=\"spec-finding\"/>\n")
                        .append("    </testcase>\n");
            }
            xml.append("  </testsuite>\n");
        }
        xml.append("</testsuites>\n");
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, xml);
    }

    private static String attribute(String value) {
        return text(value).replace("\"", "&quot;").replace("\n", "&#10;");
    }

    private static String text(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", "?");
    }
}
