package org.contractfirst.architecture;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The README's module table states the layering: a module's main code uses exactly the modules its "uses" column
 * names, each listed above it. Read from the compiled classes, so an import the table does not name fails here, and
 * so does a name in the table that no class uses any more.
 */
class ModuleLayeringTest {

    private static final ModuleTable TABLE = ModuleTable.ofReadme();

    /** Every module of the build has its row, and one with sources has been built before this one reads it. */
    @Test
    void everyModuleOfTheBuildHasARowAndItsClasses() throws java.io.IOException {
        String parent = java.nio.file.Files.readString(ModuleTable.ROOT.resolve("pom.xml"));
        java.util.regex.Matcher module = java.util.regex.Pattern.compile("<module>([^<]+)</module>").matcher(parent);
        while (module.find()) {
            String folder = module.group(1);
            assertTrue(TABLE.position(folder) >= 0, folder + " has no row in the README's module table");
            if (java.nio.file.Files.isDirectory(ModuleTable.ROOT.resolve(folder).resolve("src/main/java"))) {
                assertTrue(TABLE.rows().get(TABLE.position(folder)).hasCode(),
                        folder + " has sources but no compiled classes: build it before this module");
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> eachModuleUsesWhatTheTableSaysAndOnlyModulesAboveIt() {
        Map<String, String> moduleOfClass = new HashMap<>();
        Map<String, Iterable<JavaClass>> classesOf = new HashMap<>();
        for (ModuleTable.Row module : TABLE.withCode()) {
            var classes = module.imported();
            classesOf.put(module.folder(), classes);
            classes.forEach(javaClass -> moduleOfClass.put(javaClass.getName(), module.folder()));
        }
        return TABLE.withCode().stream().map(module -> DynamicTest.dynamicTest(module.folder(), () -> {
            Set<String> used = new TreeSet<>();
            for (JavaClass javaClass : classesOf.get(module.folder())) {
                for (Dependency dependency : javaClass.getDirectDependenciesFromSelf()) {
                    String target = moduleOfClass.get(dependency.getTargetClass().getBaseComponentType().getName());
                    if (target != null && !target.equals(module.folder())) {
                        used.add(target);
                    }
                }
            }
            assertEquals(new TreeSet<>(module.uses()), used, module.folder() + " uses, by its classes");
            for (String below : used) {
                assertTrue(TABLE.position(below) < TABLE.position(module.folder()),
                        module.folder() + " uses " + below + ", which the table lists below it");
            }
        }));
    }

    @Test
    void aTableRowIsReadWithItsUses() {
        ModuleTable table = ModuleTable.of("""
                ## What is here

                | folder | what it holds | uses |
                |---|---|---|
                | `a/` | A. | — |
                | `b/` | B, which reads `a/` files. | `a` |

                """);
        assertEquals(2, table.rows().size());
        assertEquals(Set.of(), table.rows().get(0).uses());
        assertEquals(Set.of("a"), table.rows().get(1).uses());
    }
}
