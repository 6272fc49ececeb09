package io.cadbridge.application.fakes;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock that tests move forward: the given clock plus however far it was advanced. */
final class MovableClock extends Clock {

    private final Clock base;
    private volatile Duration advanced = Duration.ZERO;

    MovableClock(Clock base) {
        this.base = requireNonNull(base, "base is null");
    }

    void advance(Duration by) {
        advanced = advanced.plus(by);
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        MovableClock moved = new MovableClock(base.withZone(zone));
        moved.advanced = advanced;
        return moved;
    }

    @Override
    public Instant instant() {
        return base.instant().plus(advanced);
    }
}
