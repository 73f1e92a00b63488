package org.contractfirst.codegen;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A goal that runs one command of the toolchain's command line ({@code contract-first-cli} at this plugin's version,
 * resolved as any artifact) in a JVM of its own: its class path is the command line's, not the build's, and its exit
 * status becomes the goal's (1: a failure of the build, 2: an error).
 */
abstract class CommandLineMojo extends SpecsMojo {

    @Parameter(property = "contract-first.skip", defaultValue = "false")
    private boolean skip;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    private PluginDescriptor plugin;

    /** Where the command runs: relative paths in its options are the project's. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File basedir;

    @Parameter(defaultValue = "${repositorySystemSession}", readonly = true, required = true)
    private RepositorySystemSession session;

    @Parameter(defaultValue = "${project.remotePluginRepositories}", readonly = true, required = true)
    private List<RemoteRepository> repositories;

    @Component
    private RepositorySystem repositorySystem;

    /** The command and its arguments, after {@code java -jar contract-first.jar}. */
    abstract List<String> arguments() throws MojoExecutionException;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipped (contract-first.skip).");
            return;
        }
        List<String> arguments = arguments();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", commandLine().toString()));
        command.addAll(arguments);
        int status;
        Process process = null;
        try {
            process = new ProcessBuilder(command).directory(basedir).inheritIO().start();
            status = process.waitFor();
        } catch (IOException e) {
            throw new MojoExecutionException("cannot start the command line: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            process.destroy();
            Thread.currentThread().interrupt();
            throw new MojoExecutionException("interrupted", e);
        }
        if (status == 1) {
            throw new MojoFailureException("contract-first " + arguments.get(0) + " failed: see its output above");
        }
        if (status != 0) {
            throw new MojoExecutionException("contract-first " + arguments.get(0) + " could not judge (exit " + status
                    + "): see its output above");
        }
    }

    /** The spec named, else the only spec of the folder. */
    Path theSpec() throws MojoExecutionException {
        List<Api> apis = apis(null);
        if (apis.size() != 1) {
            throw new MojoExecutionException("name the spec to check with <spec>: " + specs + " holds " + apis.size()
                    + " specs");
        }
        return apis.get(0).spec();
    }

    private Path commandLine() throws MojoExecutionException {
        DefaultArtifact artifact = new DefaultArtifact("org.contractfirst", "contract-first-cli", "jar", plugin.getVersion());
        try {
            return repositorySystem.resolveArtifact(session, new ArtifactRequest(artifact, repositories, null))
                    .getArtifact().getFile().toPath();
        } catch (ArtifactResolutionException e) {
            throw new MojoExecutionException("cannot resolve the command line " + artifact + ": " + e.getMessage(), e);
        }
    }
}
