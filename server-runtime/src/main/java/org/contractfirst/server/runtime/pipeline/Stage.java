package org.contractfirst.server.runtime.pipeline;


import java.util.List;

/**
 * One stage of a request's way through a generated server. {@code Pipeline} lists the stages in the order they run;
 * each registers its providers through {@link Steps} and nowhere else.
 */
public interface Stage {

    /** The stage's name, as the README's pipeline table has it. */
    String name();

    /** What the stage refuses, each answered as an {@link ErrorKind} in the API's own error shape. */
    List<Refusal> refusals();

    /** Registers the stage's filters and providers, in the order they run within it. */
    void register(Steps steps);

    /** One kind of request the stage refuses: what is wrong with it, and the kind of error it gets. */
    record Refusal(ErrorKind kind, String what) {
    }
}
