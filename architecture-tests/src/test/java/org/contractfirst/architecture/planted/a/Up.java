package org.contractfirst.architecture.planted.a;

import org.contractfirst.architecture.planted.b.Down;

/** Half of a package cycle planted for the rule to find. */
public final class Up {
    public Down down() {
        return new Down();
    }
}
