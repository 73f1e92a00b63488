package org.contractfirst.conformance.requests;

import org.contractfirst.conformance.http.Exchange;
import org.contractfirst.conformance.spec.Operation;

/**
 * Sends a valid call of an operation as a request of the run, whose answer the run's response checks judge: how the
 * identifiers an API issued are asked for, without the requests knowing who records what they find.
 */
@FunctionalInterface
public interface CallSender {

    Exchange sendValid(Operation operation, Call call);
}
