package org.contractfirst.conformance;

import org.contractfirst.conformance.checks.AuthRequired;
import org.contractfirst.conformance.checks.Check;
import org.contractfirst.conformance.checks.ContentNegotiation;
import org.contractfirst.conformance.checks.ContentTypeConformance;
import org.contractfirst.conformance.checks.DocumentedFailureResponses;
import org.contractfirst.conformance.checks.ExampleRefusals;
import org.contractfirst.conformance.checks.HeadLikeGet;
import org.contractfirst.conformance.checks.LocationResolves;
import org.contractfirst.conformance.checks.NegativeDataRejection;
import org.contractfirst.conformance.checks.NotAServerError;
import org.contractfirst.conformance.checks.OptionsListsMethods;
import org.contractfirst.conformance.checks.PatchKeepsTheRest;
import org.contractfirst.conformance.checks.PositiveDataAcceptance;
import org.contractfirst.conformance.checks.PutIsIdempotent;
import org.contractfirst.conformance.checks.PutReplaces;
import org.contractfirst.conformance.checks.ReadAfterWrite;
import org.contractfirst.conformance.checks.RejectedWriteChangesNothing;
import org.contractfirst.conformance.checks.ResponseCheck;
import org.contractfirst.conformance.checks.ResponseHeadersConformance;
import org.contractfirst.conformance.checks.ResponseSchemaConformance;
import org.contractfirst.conformance.checks.ScenarioCheck;
import org.contractfirst.conformance.checks.ScopeRequired;
import org.contractfirst.conformance.checks.StatusCodeConformance;
import org.contractfirst.conformance.checks.TransportRobustness;
import org.contractfirst.conformance.checks.UnsupportedMethod;
import org.contractfirst.conformance.checks.UseAfterDelete;

import java.util.ArrayList;
import java.util.List;

/** The registry of every check, by kind. */
public final class Checks {

    private Checks() {
    }

    public static List<ResponseCheck> responseChecks() {
        return List.of(new NotAServerError(), new StatusCodeConformance(), new ContentTypeConformance(),
                new ResponseSchemaConformance(), new ResponseHeadersConformance());
    }

    /** In the order they run; destructive ones last. */
    public static List<ScenarioCheck> scenarioChecks() {
        return List.of(new PositiveDataAcceptance(), new NegativeDataRejection(), new AuthRequired(),
                new ScopeRequired(), new UnsupportedMethod(), new HeadLikeGet(), new OptionsListsMethods(), new ContentNegotiation(),
                new TransportRobustness(), new DocumentedFailureResponses(), new ExampleRefusals(), new ReadAfterWrite(), new LocationResolves(),
                new PatchKeepsTheRest(),
                new PutIsIdempotent(), new PutReplaces(), new RejectedWriteChangesNothing(), new UseAfterDelete());
    }

    /** Every check, response checks first. */
    public static List<Check> all() {
        List<Check> all = new ArrayList<>(responseChecks());
        all.addAll(scenarioChecks());
        return all;
    }

    /** The names of every check, for {@code --checks} and {@code --exclude-checks}. */
    public static List<String> names() {
        return all().stream().map(Check::name).toList();
    }
}
