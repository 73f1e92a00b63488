package org.contractfirst.cli;

import org.contractfirst.spec.SpecTool;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code format SPEC...}: the canonical layout, written or checked. */
@Command(name = "format", mixinStandardHelpOptions = true,
        description = "Rewrites YAML specs into the canonical layout (key order, quoting, indentation), or with"
                + " --check names each one that is not in it.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:formatted, or already in the layout", "1:with --check, a spec is not in the layout",
                "2:a usage error"})
final class FormatCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "SPEC", description = "Spec files, or folders of them.")
    List<Path> specs;

    @Option(names = "--check", description = "Change nothing: fail naming each spec and its first differing line.")
    boolean check;

    @Override
    public Integer call() throws IOException {
        return check ? SpecTool.formatCheck(specs) : SpecTool.format(specs);
    }
}
