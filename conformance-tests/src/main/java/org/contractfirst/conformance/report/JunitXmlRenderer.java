package org.contractfirst.conformance.report;

import org.contractfirst.conformance.Conformance;
import org.contractfirst.conformance.checks.Failure;
import org.contractfirst.conformance.checks.SpecFinding;

import java.util.List;

/**
 * The report as JUnit XML for CI: one test suite per API, one test case per check and operation, failed by the
 * failures the step found (and, in a strict run, its HTTP findings), in error where it could not run, skipped where
 * it did not apply; in a strict run, one failed case per spec finding. Each suite's output is the API's part of the
 * Markdown report, so that a CI page that shows only this file still shows the findings, the operations not
 * exercised and the cells.
 */
public final class JunitXmlRenderer implements ReportRenderer {

    /** The name Surefire gives its own reports, which CI collects by. */
    @Override
    public String fileName() {
        return "TEST-conformance.xml";
    }

    @Override
    public boolean inReportFolder() {
        return false;
    }

    @Override
    public String render(Report report) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"conformance\">\n");
        MarkdownRenderer markdown = new MarkdownRenderer();
        for (Coverage coverage : report.apis()) {
            String api = coverage.api();
            List<Case> own = report.steps().stream().filter(step -> step.api().equals(api))
                    .map(step -> new Case(step.name(), step.outcome(), failing(report, step.outcome()))).toList();
            List<SpecFinding> findings = report.strict() ? coverage.findings() : List.of();
            long failed = own.stream().filter(step -> !step.failing().isEmpty()).count() + findings.size();
            long errors = own.stream().filter(step -> !step.outcome().errors().isEmpty()).count();
            long skipped = own.stream().filter(step -> step.outcome().skipped() != null).count();
            xml.append("  <testsuite name=\"").append(attribute(api)).append("\" tests=\"").append(own.size() + findings.size())
                    .append("\" failures=\"").append(failed).append("\" errors=\"").append(errors).append("\" skipped=\"")
                    .append(skipped).append("\">\n");
            for (Case step : own) {
                testCase(xml, api, step);
            }
            for (SpecFinding finding : findings) {
                xml.append("    <testcase classname=\"").append(attribute(api)).append("\" name=\"")
                        .append(attribute("spec finding " + finding.rule() + " " + finding.operation())).append("\">\n")
                        .append("      <failure message=\"").append(attribute(finding.message())).append("\" type=\"spec-finding\"/>\n")
                        .append("    </testcase>\n");
            }
            xml.append("    <system-out>").append(text(markdown.section(coverage))).append("</system-out>\n");
            xml.append("  </testsuite>\n");
        }
        return xml.append("</testsuites>\n").toString();
    }

    /** A step as a test case: its outcome, and the failures that fail it, worked out once. */
    private record Case(String name, Conformance.Outcome outcome, List<Failure> failing) {
    }

    private static void testCase(StringBuilder xml, String api, Case step) {
        xml.append("    <testcase classname=\"").append(attribute(api)).append("\" name=\"").append(attribute(step.name()))
                .append("\"");
        Conformance.Outcome outcome = step.outcome();
        List<Failure> failing = step.failing();
        if (failing.isEmpty() && outcome.errors().isEmpty() && outcome.skipped() == null) {
            xml.append("/>\n");
            return;
        }
        xml.append(">\n");
        if (outcome.skipped() != null) {
            xml.append("      <skipped message=\"").append(attribute(outcome.skipped())).append("\"/>\n");
        }
        for (Failure failure : failing) {
            xml.append("      <failure message=\"").append(attribute("expected " + failure.expected()))
                    .append("\" type=\"").append(attribute(failure.code())).append("\">").append(text(failure.toString()))
                    .append("</failure>\n");
        }
        outcome.errors().forEach(error -> xml.append("      <error message=\"").append(attribute(error.message()))
                .append("\">").append(text(error.stack())).append("</error>\n"));
        xml.append("    </testcase>\n");
    }

    /** The failures that fail a case: HTTP findings only in a strict run. */
    private static List<Failure> failing(Report report, Conformance.Outcome outcome) {
        return outcome.failures().stream().filter(failure -> report.strict() || failure.failsByDefault()).toList();
    }

    private static String attribute(String value) {
        return text(value).replace("\"", "&quot;").replace("\n", "&#10;");
    }

    private static String text(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", "?");
    }
}
