package org.contractfirst.conformance;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The suite's packages depend one way: the checks and the requests below the run, the reports and the entry points
 * (command line, JUnit) above it. A cycle would make no package understandable, or replaceable, without the others.
 */
class PackageCyclesTest {

    private static final JavaClasses MAIN = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
            .importPackages("org.contractfirst.conformance");

    @Test
    void theSubpackagesFormNoCycle() {
        slices().matching("org.contractfirst.conformance.(**)").should().beFreeOfCycles().check(MAIN);
    }

    /** The pattern above leaves the run's own package out of every slice: this one counts it as one. */
    @Test
    void theRunsPackageIsInNoCycleEither() {
        slices().matching("org.contractfirst.(**)").should().beFreeOfCycles().check(MAIN);
    }
}
