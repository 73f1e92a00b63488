package org.contractfirst.conformance;

import org.contractfirst.conformance.http.Exchange;
import org.contractfirst.conformance.spec.Operation;

import java.util.Optional;

/** A check of every answer an operation gives, whichever check's request it answers. */
public interface ResponseCheck extends Check {

    /** Empty when the exchange conforms; else what the spec expected instead. */
    Optional<String> verify(Session session, Operation operation, Exchange exchange, Intent intent);
}
