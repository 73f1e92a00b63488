package org.contractfirst.spec.rules;

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
