package org.contractfirst.codegen;

import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;

/** {@code generate-server}: a JAX-RS server per spec, with its implementation interface, sealed results and mock. */
@Mojo(name = "generate-server", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public final class GenerateServerMojo extends GenerateMojo {

    /** The package each API's server code goes under, as {@code <serverPackage>.<api>}. */
    @Parameter(property = "codegen.serverPackage", defaultValue = "${project.groupId}.server", required = true)
    private String serverPackage;

    @Parameter(defaultValue = "${project.build.directory}/generated-sources/server", required = true)
    private File serverOutputDirectory;

    @Override
    BundledTemplates.Side side() {
        return BundledTemplates.Side.SERVER;
    }

    @Override
    String packagePrefix() {
        return serverPackage;
    }

    @Override
    File outputDirectory() {
        return serverOutputDirectory;
    }
}
