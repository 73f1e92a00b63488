package org.contractfirst.spec.breaking.rules;

import org.contractfirst.spec.Specs;
import org.contractfirst.spec.breaking.Change;
import org.contractfirst.spec.breaking.ChangeRule;
import org.contractfirst.spec.breaking.Kind;
import org.contractfirst.spec.breaking.Severity;
import org.contractfirst.spec.breaking.Source;
import org.contractfirst.spec.breaking.comparison.SpecComparison;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each kind of change of the gate has a fixture pair under {@code breaking/<rule id>/} (old.yaml, new.yaml) that
 * differs in one place, and the comparison of the pair reports that kind and no other. The tests run over the
 * fixture folders, so a rule taken out of the registry fails the tests of its fixtures.
 */
class ChangeRulesTest {

    private static final Pattern TABLE_ROW = Pattern.compile("^\\| `([a-z0-9-]+)` \\| (breaking|compatible|informational) \\|",
            Pattern.MULTILINE);

    static Stream<String> fixtures() throws IOException, URISyntaxException {
        try (Stream<Path> folders = Files.list(fixtureRoot())) {
            return folders.map(folder -> folder.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void theFixtureOfARuleYieldsItsChangeAndNoOther(String id) throws Exception {
        List<Change> changes = compare(id);
        assertEquals(expectedKinds(id), changes.stream().map(Change::rule).collect(Collectors.toSet()),
                changes.toString());
        Kind kind = ChangeRules.kinds().stream().filter(registered -> registered.id().equals(id)).findFirst()
                .orElse(null);
        assertNotNull(kind, id + " is not a registered kind");
        for (Change change : changes) {
            assertEquals(kind.severity(), change.severity(), change.toString());
            assertFalse(change.message().isBlank());
            assertTrue(change.before().line() > 0 && change.after().line() > 0, change.toString());
        }
    }

    /** A deprecate-first finding comes with the removal it qualifies; every other kind comes alone. */
    private static Set<String> expectedKinds(String id) {
        String removal = id.replaceFirst(Kind.WITHOUT_DEPRECATION + "$", "");
        return removal.equals(id) ? Set.of(id) : Set.of(id, removal);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void eachVersionOfAFixtureIsNoChangeAgainstItself(String id) throws Exception {
        for (String version : List.of("old.yaml", "new.yaml")) {
            Source source = source(id, version);
            assertEquals(List.of(), SpecComparison.compare(source, source(id, version)), id + "/" + version);
        }
    }

    @Test
    void theRegistryAndTheFixtureFoldersMatchOneToOne() throws Exception {
        assertEquals(new TreeSet<>(ids()), fixtures().collect(Collectors.toCollection(TreeSet::new)));
        assertEquals(ids().size(), Set.copyOf(ids()).size(), "every id is reported by one rule only");
    }

    @Test
    void everyRuleIsDocumentedInSpecsReadmeWithItsSeverity() throws IOException {
        String readme = Files.readString(Specs.dir().resolve("README.md"));
        Map<String, String> documented = new LinkedHashMap<>();
        Matcher row = TABLE_ROW.matcher(readme.substring(readme.indexOf("## Breaking changes")));
        while (row.find()) {
            documented.put(row.group(1), row.group(2));
        }
        Map<String, String> registered = new LinkedHashMap<>();
        ChangeRules.kinds().forEach(kind -> registered.put(kind.id(), kind.severity().label()));
        assertEquals(registered, documented);
        assertEquals(List.copyOf(registered.keySet()), List.copyOf(documented.keySet()), "in registry order");
    }

    @Test
    void theFrontReadmeCountsTheRulesAsTheRegistryDoes() throws IOException {
        String readme = Files.readString(Specs.dir().resolveSibling("README.md")).replaceAll("\\s+", " ");
        assertTrue(readme.contains("the table of all " + ChangeRules.kinds().size() + " ids"),
                "README.md's \"Changing a spec\" names " + ChangeRules.kinds().size() + " ids");
    }

    @Test
    void everyRuleThatBreaksARequestOrAResponseReportsTheCompatibleDirectionToo() {
        for (ChangeRule rule : ChangeRules.RULES) {
            for (String direction : List.of("request-", "response-")) {
                boolean breaks = rule.kinds().stream().anyMatch(kind -> kind.id().startsWith(direction)
                        && kind.severity() == Severity.BREAKING);
                boolean compatible = rule.kinds().stream().anyMatch(kind -> kind.id().startsWith(direction)
                        && kind.severity() == Severity.COMPATIBLE);
                assertTrue(!breaks || compatible,
                        rule.getClass().getSimpleName() + " has no compatible counterpart for " + direction);
            }
        }
    }

    @Test
    void thereAreAtLeastFortyRules() {
        assertTrue(ChangeRules.RULES.size() >= 40, ChangeRules.RULES.size() + " rules");
    }

    private static List<String> ids() {
        return ChangeRules.kinds().stream().map(Kind::id).toList();
    }

    static List<Change> compare(String id) throws Exception {
        return SpecComparison.compare(source(id, "old.yaml"), source(id, "new.yaml"));
    }

    private static Source source(String id, String version) throws Exception {
        Path file = fixtureRoot().resolve(id).resolve(version);
        return Source.of(id + "/" + version, Files.readString(file));
    }

    private static Path fixtureRoot() throws URISyntaxException {
        return Path.of(ChangeRulesTest.class.getResource("/breaking").toURI());
    }
}
