package org.contractfirst.conformance.report;

/**
 * One format of the run's report: the whole {@link Report} as the text of one file. Every format renders the same
 * model, so what one shows the others show too; {@link ReportRenderers} lists them.
 */
public interface ReportRenderer {

    /** The name of the file this format is written to. */
    String fileName();

    String render(Report report);

    /**
     * Whether the run writes this format into its report folder. A format CI collects from a place of its own (JUnit
     * XML, where {@code --junit} says) is written there instead.
     */
    default boolean inReportFolder() {
        return true;
    }
}
