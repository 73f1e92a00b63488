package org.contractfirst.spec;

import org.contractfirst.spec.rules.BadInputResponses;
import org.contractfirst.spec.rules.CanonicalLayoutRule;
import org.contractfirst.spec.rules.ClosedRequestBodies;
import org.contractfirst.spec.rules.CustomFormatPatterns;
import org.contractfirst.spec.rules.ErrorResponseSchemas;
import org.contractfirst.spec.rules.ExamplesValidate;
import org.contractfirst.spec.rules.JsonBodyExamples;
import org.contractfirst.spec.rules.MultipartRequestNames;
import org.contractfirst.spec.rules.NamedObjectSchemas;
import org.contractfirst.spec.rules.NoUnusedComponents;
import org.contractfirst.spec.rules.OperationDocumentation;
import org.contractfirst.spec.rules.OperationIds;
import org.contractfirst.spec.rules.PairedExamples;
import org.contractfirst.spec.rules.ParsesCleanly;
import org.contractfirst.spec.rules.ResponseDescriptions;
import org.contractfirst.spec.rules.SharedErrorResponses;

import java.util.List;

/** The registry of the normalisation rules of specs/README.md, in the order the README lists them. */
public final class NormalisationStandard {

    public static final List<NormalisationRule> RULES = List.of(
            new ParsesCleanly(),
            new NamedObjectSchemas(),
            new SharedErrorResponses(),
            new OperationIds(),
            OperationDocumentation.summary(),
            OperationDocumentation.tag(),
            OperationDocumentation.security(),
            new ResponseDescriptions(),
            new JsonBodyExamples(),
            new ExamplesValidate(),
            new NoUnusedComponents(),
            new MultipartRequestNames(),
            new BadInputResponses(),
            new ErrorResponseSchemas(),
            new ClosedRequestBodies(),
            new CustomFormatPatterns(),
            new PairedExamples(),
            new CanonicalLayoutRule());

    private NormalisationStandard() {
    }

    public static List<Finding> check(SpecDocument spec) {
        return RULES.stream().flatMap(rule -> rule.check(spec).stream()).toList();
    }
}
