package io.cadbridge.application.port.out;

import java.time.Duration;

/** Whether the database answers now: what readiness is made of. */
public interface StorageHealth {

    /** True when the database answered a trivial query within {@code within}; never waits longer. */
    boolean answersWithin(Duration within);
}
