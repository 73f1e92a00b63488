package org.contractfirst.spec.rules;

import java.util.List;

/** One rule of the normalisation standard in specs/README.md. */
public interface NormalisationRule {

    /** The rule's id, as written in specs/README.md and in every finding. */
    String id();

    List<Finding> check(SpecDocument spec);
}
