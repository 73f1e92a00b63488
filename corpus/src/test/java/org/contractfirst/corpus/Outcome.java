package org.contractfirst.corpus;

import java.util.Optional;

/** How far one spec got through the loop: every stage, or the first it failed and why. */
record Outcome(CorpusSpec spec, Optional<Stage> failedAt, String detail) {

    static Outcome passed(CorpusSpec spec) {
        return new Outcome(spec, Optional.empty(), "");
    }

    static Outcome failed(CorpusSpec spec, Stage stage, String detail) {
        return new Outcome(spec, Optional.of(stage), detail);
    }

    boolean passed() {
        return failedAt.isEmpty();
    }
}
