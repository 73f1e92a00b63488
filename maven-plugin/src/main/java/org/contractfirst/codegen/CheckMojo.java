package org.contractfirst.codegen;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code check}: the conformance suite against a running server, as {@code contract-first check} runs it; reports and
 * JUnit XML under {@code target/conformance-report}. The credential is read from the environment variable
 * {@code CONTRACT_FIRST_CREDENTIAL} by the command itself, so that it is in no pom, log or process listing.
 */
@Mojo(name = "check", requiresProject = true, threadSafe = true)
public final class CheckMojo extends CommandLineMojo {

    /** The server's base URL, with the spec's base path. */
    @Parameter(property = "contract-first.url", required = true)
    private String url;

    @Parameter(property = "contract-first.report", defaultValue = "${project.build.directory}/conformance-report")
    private File report;

    /** More options of {@code contract-first check} ({@code --stateless}, {@code --seed 7}, {@code --max-time 600}). */
    @Parameter(property = "contract-first.options")
    private List<String> options = List.of();

    @Override
    List<String> arguments() throws MojoExecutionException {
        List<String> arguments = new ArrayList<>(List.of("check", "--spec", theSpec().toString(), "--url", url,
                "--report", report.toString(), "--junit", new File(report, "TEST-conformance.xml").toString()));
        options.forEach(option -> arguments.addAll(List.of(option.trim().split("\\s+", 2))));
        return arguments;
    }
}
