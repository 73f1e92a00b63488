package org.contractfirst.codegen;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.util.List;

/** A goal over a project's specs: a folder of them, or one named file ({@link SpecFiles}). */
abstract class SpecsMojo extends AbstractMojo {

    /** The folder of specs, one API each. */
    @Parameter(property = "codegen.specs", defaultValue = "${project.basedir}/src/main/openapi", required = true)
    File specs;

    /** One spec file, instead of a folder of them. */
    @Parameter(property = "codegen.spec")
    File spec;

    /** The APIs of the specs, the one spec's classes named by {@code classPrefix} where it is not null. */
    List<Api> apis(String classPrefix) throws MojoExecutionException {
        try {
            return SpecFiles.apis(spec, specs, classPrefix);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }
}
