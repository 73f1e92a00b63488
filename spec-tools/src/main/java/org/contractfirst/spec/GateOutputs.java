package org.contractfirst.spec;

/**
 * Where the breaking-change gate writes, besides its exit status and the change log on standard output: the
 * Markdown change log ({@code report}) and its JSON form ({@code json}) where named, GitHub Actions annotations on
 * standard output, and the Markdown appended to a step summary file. Under GitHub Actions the last two are on
 * without being asked ({@code GITHUB_ACTIONS}, {@code GITHUB_STEP_SUMMARY}).
 */
public record GateOutputs(String report, String json, boolean annotations, String summary) {

    public static GateOutputs files(String report, String json) {
        return new GateOutputs(report, json, false, null);
    }

    /** The outputs asked for, with GitHub Actions' own where this runs under it and they were not asked. */
    public GateOutputs underGithubActions() {
        return new GateOutputs(report, json, annotations || "true".equals(System.getenv("GITHUB_ACTIONS")),
                summary != null ? summary : System.getenv("GITHUB_STEP_SUMMARY"));
    }
}
