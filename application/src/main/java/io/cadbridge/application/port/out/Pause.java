package io.cadbridge.application.port.out;

import java.time.Duration;

/** Waits, for the {@code delay}/{@code delayMax} of a request; a port so tests need not wait. */
@FunctionalInterface
public interface Pause {

    void pause(Duration duration) throws InterruptedException;
}
