package org.contractfirst.conformance.checks;

import org.contractfirst.conformance.http.Exchange;
import org.contractfirst.conformance.requests.RunContext;
import org.contractfirst.conformance.spec.Operation;

import java.util.Optional;

/** A check of every answer an operation gives, whichever check's request it answers. */
public interface ResponseCheck extends Check {

    /**
     * Empty when the exchange conforms; else what the spec expected instead. A gap of the spec the answer shows is
     * recorded in {@code recorder} as a finding.
     */
    Optional<String> verify(RunContext context, Recorder recorder, Operation operation, Exchange exchange, Intent intent);
}
