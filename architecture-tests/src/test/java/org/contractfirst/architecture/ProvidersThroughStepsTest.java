package org.contractfirst.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The server runtime gives Jersey its providers in one place, {@code pipeline.Steps}, which alone decides the order
 * filters run in: no other class registers with Jersey's {@code ResourceConfig}.
 */
class ProvidersThroughStepsTest {

    private static final String STEPS = "org.contractfirst.server.runtime.pipeline.Steps";

    private static final DescribedPredicate<JavaCall<?>> REGISTERS_WITH_JERSEY =
            target(owner(name("org.glassfish.jersey.server.ResourceConfig"))).and(target(nameMatching("register.*")))
                    .as("a registration with Jersey's ResourceConfig");

    private final JavaClasses runtime = new ClassFileImporter()
            .importPath(ModuleTable.ROOT.resolve("server-runtime/target/classes"));

    @Test
    void onlyStepsRegistersWithJersey() {
        rule(noClasses().that().doNotHaveFullyQualifiedName(STEPS)).check(runtime);
    }

    /** Steps itself registers, so the rule, run over every class, fails: it can. */
    @Test
    void theRuleSeesStepsRegister() {
        assertThrows(AssertionError.class, () -> rule(noClasses()).check(runtime));
    }

    private static ArchRule rule(com.tngtech.archunit.lang.syntax.elements.GivenClasses classes) {
        return classes.should().callMethodWhere(REGISTERS_WITH_JERSEY);
    }

    private static ArchRule rule(com.tngtech.archunit.lang.syntax.elements.GivenClassesConjunction classes) {
        return classes.should().callMethodWhere(REGISTERS_WITH_JERSEY);
    }
}
