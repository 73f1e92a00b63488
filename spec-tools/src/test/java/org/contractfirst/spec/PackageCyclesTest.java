package org.contractfirst.spec;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The packages of the spec tools depend on each other one way only, so that each can be read, and changed, knowing
 * only the packages below it: the canonical layout at the bottom, then the lint rules and the breaking-change model,
 * its rules and the comparison that applies them, and the command line and gate on top.
 */
@AnalyzeClasses(packages = "org.contractfirst.spec", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageCyclesTest {

    @ArchTest
    static final ArchRule SUBPACKAGES_ARE_FREE_OF_CYCLES =
            slices().matching("org.contractfirst.spec.(**)").should().beFreeOfCycles();

    /** The slices above leave out the top package itself: nothing below may lean on it, or it closes a cycle. */
    @ArchTest
    static final ArchRule THE_TOP_PACKAGE_IS_ON_TOP = noClasses()
            .that().resideOutsideOfPackage("org.contractfirst.spec")
            .should().dependOnClassesThat().resideInAPackage("org.contractfirst.spec");
}
