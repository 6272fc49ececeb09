package io.cadbridge.adapters.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waiting in tests for what another thread brings about. */
final class Eventually {

    private Eventually() {}

    /** Waits up to 30 s for {@code condition}, then fails the test if it is still false. */
    static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(condition.getAsBoolean()).as("reached within 30 s").isTrue();
    }
}
