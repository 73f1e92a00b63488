package org.contractfirst.conformance.requests;

import org.contractfirst.conformance.spec.ApiSpec;
import org.contractfirst.conformance.validation.JsonSchemas;
import org.contractfirst.values.ValidValues;
import org.contractfirst.values.xml.XmlReader;

import java.util.Random;

/**
 * What the requests of a run are built from, read-only to the checks: the target, its spec, the run's options, the
 * requests of each operation, the spec's schemas as a validator and an XML reader, and the one random source that
 * the run's seed decides. What the run sends and finds is kept apart from this, by whoever sends.
 */
public final class RunContext {

    private final Target target;
    private final RunOptions options;
    private final Random random;
    private final Requests requests;
    private final JsonSchemas schemas;
    private final XmlReader xml;

    /**
     * The context of a run whose identifiers are found by calls {@code sender} sends: they are requests of the run,
     * counted and judged as any other.
     */
    public RunContext(Target target, RunOptions options, CallSender sender) {
        this.target = target;
        this.options = options;
        this.random = new Random(options.seed());
        this.requests = new Requests(target, new ValidValues(target.spec().schemas(), ValidValues.Direction.REQUEST, random),
                new Identifiers(this, sender));
        this.schemas = new JsonSchemas(target.spec());
        this.xml = new XmlReader(target.spec().schemas());
    }

    public Target target() {
        return target;
    }

    public ApiSpec spec() {
        return target.spec();
    }

    public RunOptions options() {
        return options;
    }

    public Requests requests() {
        return requests;
    }

    public JsonSchemas schemas() {
        return schemas;
    }

    public XmlReader xml() {
        return xml;
    }

    /** The source of every random choice of the run, seeded by the run's seed. */
    public Random random() {
        return random;
    }

    /** A value that no server holds yet, from the run's seed. */
    public String marker() {
        return "conformance-" + Long.toString(random.nextLong() & Long.MAX_VALUE, 36);
    }
}
