package org.contractfirst.spec;

import java.util.Map;

/**
 * Where the breaking-change gate writes, besides its exit status and the change log on standard output: the
 * Markdown change log ({@code report}) and its JSON form ({@code json}) where named, GitHub Actions annotations on
 * standard output, and the Markdown appended to a step summary file. Under GitHub Actions the last two are on
 * without being asked ({@code GITHUB_ACTIONS}, {@code GITHUB_STEP_SUMMARY}).
 */
public record GateOutputs(String report, String json, boolean annotations, String summary) {

    /**
     * The outputs asked for, with GitHub Actions' own where {@code environment} says this runs under it and they were
     * not asked.
     */
    public GateOutputs underGithubActions(Map<String, String> environment) {
        return new GateOutputs(report, json, annotations || "true".equals(environment.get("GITHUB_ACTIONS")),
                summary != null ? summary : environment.get("GITHUB_STEP_SUMMARY"));
    }
}
