package org.contractfirst.wireproof;

import org.contractfirst.spec.breaking.Kind;
import org.contractfirst.spec.breaking.Severity;
import org.contractfirst.spec.breaking.rules.ChangeRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every kind of change of the breaking-change gate, proven on the wire with its fixture pair: the old spec's valid
 * calls and response checks against the mock generated from the new spec, less what they already meet against the
 * old spec's own mock. A compatible or informational kind must leave the old client whole; a breaking kind must make
 * a call or a check fail, unless {@code not-shown-on-the-wire.txt} says why the wire cannot show it, and then it must
 * not fail, so that the list stays true.
 */
class WireProofTest {

    /** The fixture pairs of the gate's kinds, one folder each. */
    static final Path FIXTURES = Path.of("../spec-tools/src/test/resources/breaking");
    private static final NotShown NOT_SHOWN = NotShown.read();
    private static final Map<String, Kind> KINDS = ChangeRules.kinds().stream()
            .collect(Collectors.toMap(Kind::id, kind -> kind));
    /** What each fixture pair broke, once: a deprecate-first kind asks again for its removal's. */
    private static final Map<String, List<String>> BROKEN = new ConcurrentHashMap<>();

    /** Wire changes only: a deprecate-first kind is a policy on top of its removal, which the wire proves. */
    static Stream<String> kinds() {
        return ChangeRules.kinds().stream().map(Kind::id).filter(id -> !isPolicy(id));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void theWireAgreesWithTheGate(String id) {
        Kind kind = KINDS.get(id);
        List<String> broken = broken(id);
        if (kind.severity() != Severity.BREAKING) {
            assertEquals(List.of(), broken, "the gate calls " + id + " " + kind.severity().label()
                    + ", but a client of the old spec fails against the new one");
        } else if (NOT_SHOWN.reasonFor(id).isPresent()) {
            assertEquals(List.of(), broken, id + " now shows on the wire: take it off not-shown-on-the-wire.txt");
        } else {
            assertFalse(broken.isEmpty(), "the gate calls " + id + " breaking, but every call and check of a client"
                    + " of the old spec passes against the new one");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("policies")
    void aDeprecateFirstKindsFixtureDoesOnTheWireWhatItsRemovalsDoes(String id) {
        String removal = id.replaceFirst(Kind.WITHOUT_DEPRECATION + "$", "");
        assertEquals(broken(removal).isEmpty(), broken(id).isEmpty(), id + " against " + removal);
    }

    static Stream<String> policies() {
        return ChangeRules.kinds().stream().map(Kind::id).filter(WireProofTest::isPolicy);
    }

    private static boolean isPolicy(String id) {
        return id.endsWith(Kind.WITHOUT_DEPRECATION);
    }

    /** The breaking kinds that are wire changes: the ones the wire proof is about. */
    private static List<String> breakingOnTheWire() {
        return ChangeRules.kinds().stream().filter(kind -> kind.severity() == Severity.BREAKING && !isPolicy(kind.id()))
                .map(Kind::id).toList();
    }

    /** What fails for a client of the old spec against the new one, less what fails against the old one already. */
    private static List<String> broken(String id) {
        return BROKEN.computeIfAbsent(id, ignored -> {
            Path old = FIXTURES.resolve(id).resolve("old.yaml");
            List<String> before = WireRun.of(old, old);
            return WireRun.of(old, FIXTURES.resolve(id).resolve("new.yaml")).stream()
                    .filter(problem -> !before.contains(problem)).toList();
        });
    }

    @Test
    void theListNamesBreakingWireKindsOnly() {
        List<String> breaking = breakingOnTheWire();
        assertEquals(List.of(), NOT_SHOWN.ids().stream().filter(id -> !breaking.contains(id)).toList());
    }

    @Test
    void theReadmeShowsTheList() throws IOException {
        String readme = Files.readString(Path.of("../README.md")).replaceAll("(?m)^ +", "");
        int breaking = breakingOnTheWire().size();
        String figure = (breaking - NOT_SHOWN.ids().size()) + " of the " + breaking + " breaking kinds fail on the wire";
        assertTrue(readme.replaceAll("\\s+", " ").contains(figure), "README.md says \"" + figure + "\"");
        assertTrue(readme.contains(NOT_SHOWN.markdown()), "README.md lists the kinds not shown, as\n"
                + NOT_SHOWN.markdown());
    }
}
