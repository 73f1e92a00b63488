package org.contractfirst.architecture.planted.b;

import org.contractfirst.architecture.planted.a.Up;

/** The other half of the planted cycle. */
public final class Down {
    public Up up() {
        return new Up();
    }
}
