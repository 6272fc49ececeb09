package io.cadbridge.application.processing;

import static java.util.Objects.requireNonNull;

import io.cadbridge.application.port.out.Pause;
import io.cadbridge.application.port.out.QueuedWork.ClaimedJob;
import io.cadbridge.application.port.out.QueuedWork.NextStep;
import io.cadbridge.domain.condition.RandomSource;
import io.cadbridge.domain.integration.IntegrationId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * When each step of a job is due: the one place where an integration's {@code delay}/{@code delayMax}
 * is picked. A step nobody waits for is due after its delay (the job's due time in the queue); a
 * step an event's answer waits for waits its delay in the caller's thread. Either way the delay
 * comes before the condition is checked and the request sent.
 */
final class StepTiming {

    /** A step refused by a limit of this service is due again after 200 to 400 ms. */
    private static final long LIMIT_BACKOFF_MILLIS = 200;

    private final IntegrationSnapshot integrations;
    private final Pause pause;
    private final RandomSource random;
    private final Clock clock;

    StepTiming(IntegrationSnapshot integrations, Pause pause, RandomSource random, Clock clock) {
        this.integrations = requireNonNull(integrations, "integrations is null");
        this.pause = requireNonNull(pause, "pause is null");
        this.random = requireNonNull(random, "random is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    Instant now() {
        return clock.instant();
    }

    /** When a new job's first step is due. */
    Instant firstDue(List<IntegrationId> integrations) {
        return clock.instant().plus(integrations.isEmpty() ? Duration.ZERO : delayBefore(integrations.getFirst()));
    }

    /**
     * What follows a step: nothing after the last; a step without delay is due at once and stays
     * with this process; a delayed one is due after its delay, for any process.
     */
    NextStep after(ClaimedJob current) {
        Optional<IntegrationId> following = current.following();
        if (following.isEmpty()) {
            return new NextStep.None();
        }
        Duration delay = delayBefore(following.get());
        Instant dueAt = clock.instant().plus(delay);
        return delay.isZero() ? new NextStep.Here(dueAt) : new NextStep.Anyone(dueAt);
    }

    /** The step after this one runs at once, here: the caller waits for it too. */
    NextStep atOnceHere() {
        return new NextStep.Here(clock.instant());
    }

    /** Waits the integration's delay; a stopping service (interrupt) runs the step without the rest of the wait. */
    void waitBefore(IntegrationId id) {
        Duration delay = delayBefore(id);
        if (delay.isZero()) {
            return;
        }
        try {
            pause.pause(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** When a step that a limit of this service refused is due again: soon, spread so that refused steps do not return together. */
    Instant afterLimit() {
        return clock.instant().plusMillis(LIMIT_BACKOFF_MILLIS + random.nextLong(LIMIT_BACKOFF_MILLIS));
    }

    /** The integration as configured now picks the delay; a deleted one has none. */
    private Duration delayBefore(IntegrationId id) {
        return integrations
                .find(id)
                .map(integration -> integration.pickDelay(random))
                .orElse(Duration.ZERO);
    }
}
