package io.cadbridge.bootstrap;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Pauses and polling for the process tests, where the state to wait for lives in another JVM or the database. */
final class Waiting {

    private Waiting() {}

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Polls every 200 ms until {@code condition} holds; false when {@code timeout} passed first. */
    static boolean until(BooleanSupplier condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            pause(Duration.ofMillis(200));
        }
        return true;
    }
}
