package org.contractfirst.codegen;

import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;

/** {@code generate-client}: a Java client per spec, on {@code java.net.http} through the client runtime. */
@Mojo(name = "generate-client", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public final class GenerateClientMojo extends GenerateMojo {

    /** The package each API's client code goes under, as {@code <clientPackage>.<api>}. */
    @Parameter(property = "codegen.clientPackage", defaultValue = "${project.groupId}.client", required = true)
    private String clientPackage;

    @Parameter(defaultValue = "${project.build.directory}/generated-sources/client", required = true)
    private File clientOutputDirectory;

    @Override
    BundledTemplates.Side side() {
        return BundledTemplates.Side.CLIENT;
    }

    @Override
    String packagePrefix() {
        return clientPackage;
    }

    @Override
    File outputDirectory() {
        return clientOutputDirectory;
    }
}
