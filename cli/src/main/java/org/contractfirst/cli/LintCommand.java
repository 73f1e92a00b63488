package org.contractfirst.cli;

import org.contractfirst.spec.SpecTool;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code lint SPEC...}: the normalisation standard's findings. */
@Command(name = "lint", mixinStandardHelpOptions = true,
        description = "Holds specs to the normalisation standard: every finding as `rule file#pointer: message`.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:no finding", "1:a finding", "2:a usage error"})
final class LintCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "SPEC", description = "Spec files, or folders of them.")
    List<Path> specs;

    @Option(names = "--junit", paramLabel = "FILE", description = "Also write the findings as JUnit XML here.")
    String junit;

    @Override
    public Integer call() throws IOException {
        return SpecTool.lint(specs, junit);
    }
}
