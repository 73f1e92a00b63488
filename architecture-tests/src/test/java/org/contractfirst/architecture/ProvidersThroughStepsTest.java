package org.contractfirst.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.syntax.elements.ClassesShould;
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

    private static final JavaClasses RUNTIME = ModuleTable.ofReadme().row("server-runtime").imported();

    @Test
    void onlyStepsRegistersWithJersey() {
        rule(noClasses().that().doNotHaveFullyQualifiedName(STEPS).should()).check(RUNTIME);
    }

    /** Steps itself registers, so the rule, run over every class, fails: it can. */
    @Test
    void theRuleSeesStepsRegister() {
        assertThrows(AssertionError.class, () -> rule(noClasses().should()).check(RUNTIME));
    }

    private static ArchRule rule(ClassesShould classes) {
        return classes.callMethodWhere(REGISTERS_WITH_JERSEY);
    }
}
