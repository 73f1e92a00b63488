package org.contractfirst.cli;

import org.contractfirst.spec.AcceptedChanges;
import org.contractfirst.spec.GateOutputs;
import org.contractfirst.spec.SpecTool;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code breaking OLD NEW}, or {@code breaking --specs DIR|FILE [--base REV]}: the breaking-change gate. */
@Command(name = "breaking", mixinStandardHelpOptions = true,
        description = "Compares two versions of a spec (files or URLs), or every spec of a folder with its version at a"
                + " git revision, prints the change log, and fails on a breaking change accepted neither in "
                + AcceptedChanges.FILE + " nor by a major version bump.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:no unaccepted breaking change", "1:an unaccepted breaking change",
                "2:a spec could not be read"})
final class BreakingCommand implements Callable<Integer> {

    @Parameters(arity = "0..2", paramLabel = "OLD NEW", description = "The spec before and after the change.")
    List<String> specs = List.of();

    @Option(names = "--specs", paramLabel = "DIR|FILE", description = "Instead of OLD NEW: every spec of this folder"
            + " (or this one spec file), each against its version at --base.")
    Path folder;

    @Option(names = "--base", paramLabel = "REV", description = "With --specs: the git revision to compare with"
            + " (default: the merge base with main).")
    String base;

    @Option(names = "--report", paramLabel = "FILE", description = "Also write the Markdown change log here.")
    String report;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the change log as JSON here.")
    String json;

    @Option(names = "--accepted", paramLabel = "FILE", description = "With OLD NEW: the accepted breaking changes"
            + " (default: " + AcceptedChanges.FILE + " beside NEW); --specs reads the one in its folder.")
    String accepted;

    @Option(names = "--annotations", description = "Print GitHub Actions annotations for the breaking changes"
            + " (on by itself under GitHub Actions).")
    boolean annotations;

    @Option(names = "--summary", paramLabel = "FILE", description = "Append the Markdown change log to this file"
            + " (default: $GITHUB_STEP_SUMMARY, where set).")
    String summary;

    @Override
    public Integer call() throws IOException {
        GateOutputs outputs = new GateOutputs(report, json, annotations, summary).underGithubActions(System.getenv());
        if (folder != null && specs.isEmpty() && accepted == null) {
            return SpecTool.breakingSince(folder, base, outputs);
        }
        if (folder == null && specs.size() == 2) {
            return SpecTool.breaking(specs.get(0), specs.get(1), accepted, outputs);
        }
        System.err.println("name OLD and NEW, or --specs DIR, which reads its own " + AcceptedChanges.FILE
                + " (see --help)");
        return 2;
    }
}
