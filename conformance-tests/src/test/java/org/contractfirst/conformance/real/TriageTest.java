package org.contractfirst.conformance.real;

import org.contractfirst.conformance.checks.Failure;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The triage file's reading and its comparison with a run, on small texts and no server. */
class TriageTest {

    private static final String FILE = """
            # A server's triage

            Free text, even a list:
            - not an entry

            ## Failures

            - not_a_server_error · addPet (POST /pet) · a status below 500
              why: the spec's Pet requires only name and photoUrls,
              and the request had both

            - response_headers_conformance · loginUser (GET /user/login) · X-Expires-After of its schema, not '*'
              why: format: date-time

            ## Not answered with a 2xx

            - deleteUser (DELETE /user/{username})
              why: no user name is known to the run
            """;

    private static Failure failure(String check, String operation, String expected) {
        return new Failure(check, "CF000", org.contractfirst.conformance.checks.Rulebook.OPENAPI, "petstore", operation, "curl", "", 500, "",
                expected, 1);
    }

    private static final Failure SERVER_ERROR =
            failure("not_a_server_error", "addPet (POST /pet)", "a status below 500");
    private static final Failure EXPIRY = failure("response_headers_conformance", "loginUser (GET /user/login)",
            "X-Expires-After of its schema, not 'Sun Dec 06 13:58:37 UTC 2026'");

    @Test
    void aRunWithExactlyTheListedFailuresMatches() {
        Triage triage = Triage.parse(FILE);

        assertEquals(List.of(), triage.compareFailures(List.of(SERVER_ERROR, EXPIRY)));
        assertEquals(List.of(), triage.compareNotAnswered(List.of("deleteUser (DELETE /user/{username})")));
    }

    @Test
    void aStarStandsForWhatChangesFromRunToRun() {
        Failure later = failure(EXPIRY.check(), EXPIRY.operation(),
                "X-Expires-After of its schema, not 'Mon Dec 07 09:00:00 UTC 2026'");

        assertEquals(List.of(), Triage.parse(FILE).compareFailures(List.of(SERVER_ERROR, EXPIRY, later)));
    }

    @Test
    void anUnlistedFailureIsPrintedReadyToPasteWithAWhyToWrite() {
        Failure unlisted = failure("transport_robustness", "createUser (POST /user)",
                "a 4xx, not 500 for a body\nwithout a Content-Type");

        List<String> problems = Triage.parse(FILE).compareFailures(List.of(SERVER_ERROR, EXPIRY, unlisted));

        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).endsWith("\n- transport_robustness · createUser (POST /user) · "
                + "a 4xx, not 500 for a body without a Content-Type\n  why: TODO"), problems.get(0));
    }

    @Test
    void aListedFailureThatNoLongerOccursIsNamed() {
        List<String> problems = Triage.parse(FILE).compareFailures(List.of(EXPIRY));

        assertEquals(List.of("in the triage's \"Failures\" but no longer in the run: "
                + "not_a_server_error · addPet (POST /pet) · a status below 500"), problems);
    }

    @Test
    void anEntryWhoseWhyIsTodoOrMissingFails() {
        String file = """
                ## Failures

                - not_a_server_error · addPet (POST /pet) · a status below 500
                  why: TODO
                - response_headers_conformance · loginUser (GET /user/login) · X-Expires-After of its schema, not '*'
                """;

        List<String> problems = Triage.parse(file).compareFailures(List.of(SERVER_ERROR, EXPIRY));

        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.stream().allMatch(problem -> problem.contains("without a why")), problems.toString());
    }

    @Test
    void anEntryExcusedAsAFalseAlarmFails() {
        String file = """
                ## Failures

                - not_a_server_error · addPet (POST /pet) · a status below 500
                  why: FALSE ALARM: the suite's reading, not the spec's
                """;

        List<String> problems = Triage.parse(file).compareFailures(List.of(SERVER_ERROR));

        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("as a false alarm"), problems.toString());
    }

    @Test
    void theSecondSectionIsComparedBothWays() {
        List<String> problems = Triage.parse(FILE).compareNotAnswered(List.of("getUserByName (GET /user/{username})"));

        assertEquals(List.of(
                "not in the triage's \"Not answered with a 2xx\"; to paste in with its why:\n"
                        + "- getUserByName (GET /user/{username})\n  why: TODO",
                "in the triage's \"Not answered with a 2xx\" but no longer in the run: "
                        + "deleteUser (DELETE /user/{username})"),
                problems);
    }

    @Test
    void aWhyStartingWithTodoIsStillToWriteWhateverFollowsIt() {
        String file = """
                ## Failures

                - not_a_server_error · addPet (POST /pet) · a status below 500
                  why: TODO,
                  until someone writes one
                """;

        List<String> problems = Triage.parse(file).compareFailures(List.of(SERVER_ERROR));

        assertEquals(1, problems.size(), "a why that starts with TODO is still to write: " + problems);
    }

    @Test
    void aMisspeltSectionIsRefusedRatherThanIgnored() {
        assertThrows(IllegalArgumentException.class, () -> Triage.parse("## Failure\n\n- a · b · c\n  why: d\n"));
    }
}
