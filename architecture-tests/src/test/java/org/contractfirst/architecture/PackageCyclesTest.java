package org.contractfirst.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.Stream;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No module's packages depend on each other in a circle: each package is a slice of its own, the module's top
 * package too, so that a way round through it is caught as well.
 */
class PackageCyclesTest {

    @TestFactory
    Stream<DynamicTest> noModuleHasAPackageCycle() {
        return ModuleTable.ofReadme().withCode().stream().map(module -> DynamicTest.dynamicTest(module.folder(), () -> {
            JavaClasses classes = module.imported();
            slices().assignedFrom(new ByPackage())
                    .should().beFreeOfCycles()
                    .check(classes);
        }));
    }

    /** A cycle planted in code that the rule reads is found: the rule can fail. */
    @Test
    void aCycleBetweenTwoPackagesIsFound() {
        JavaClasses planted = new ClassFileImporter().importClasses(
                org.contractfirst.architecture.planted.a.Up.class, org.contractfirst.architecture.planted.b.Down.class);
        AssertionError found = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class,
                () -> slices().assignedFrom(new ByPackage()).should().beFreeOfCycles().check(planted));
        assertTrue(found.getMessage().contains("Cycle detected"), found.getMessage());
    }
}
