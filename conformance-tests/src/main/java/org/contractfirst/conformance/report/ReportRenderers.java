package org.contractfirst.conformance.report;

import java.util.List;

/** Every format of the report: a new one is one class and one line here. */
public final class ReportRenderers {

    private static final List<ReportRenderer> ALL = List.of(new MarkdownRenderer(), new HtmlRenderer(),
            new JsonRenderer(), new JunitXmlRenderer());

    private ReportRenderers() {
    }

    public static List<ReportRenderer> all() {
        return ALL;
    }

    /** The formats the run writes into its report folder. */
    public static List<ReportRenderer> inReportFolder() {
        return ALL.stream().filter(ReportRenderer::inReportFolder).toList();
    }
}
