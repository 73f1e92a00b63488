package org.contractfirst.codegen;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code breaking}: each spec of the specs folder (or the one {@code <spec>}) against its version at the merge base
 * with main (or at {@code contract-first.base}), as {@code contract-first breaking --specs} runs it; fails on an
 * unaccepted breaking change, the change log in {@code target/spec-changes.md}.
 */
@Mojo(name = "breaking", requiresProject = true, threadSafe = true)
public final class BreakingMojo extends CommandLineMojo {

    /** The git revision to compare with; the merge base of HEAD with main (else origin/main) unless set. */
    @Parameter(property = "contract-first.base")
    private String base;

    @Parameter(property = "contract-first.changes", defaultValue = "${project.build.directory}/spec-changes.md")
    private File changes;

    @Override
    List<String> arguments() {
        List<String> arguments = new ArrayList<>(List.of("breaking", "--specs", (spec != null ? spec : specs).toString(),
                "--report", changes.toString()));
        if (base != null && !base.isBlank()) {
            arguments.addAll(List.of("--base", base));
        }
        return arguments;
    }
}
