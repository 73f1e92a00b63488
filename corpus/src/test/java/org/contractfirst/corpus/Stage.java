package org.contractfirst.corpus;

import java.util.Locale;

/** The steps of the loop, in order: a spec that fails one is not tried on the next. */
enum Stage {
    GENERATE_SERVER("the server generates"),
    COMPILE_SERVER("the generated server compiles"),
    START_MOCK("the generated mock starts"),
    CONFORMANCE("the suite finds no server failure in the mock"),
    GENERATE_CLIENT("the client generates"),
    COMPILE_CLIENT("the generated client compiles"),
    CLIENT_CALLS("the client calls every operation of the mock");

    private final String meaning;

    Stage(String meaning) {
        this.meaning = meaning;
    }

    String meaning() {
        return meaning;
    }

    static Stage named(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
