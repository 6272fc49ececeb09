package io.cadbridge.domain.condition;

/** A {@code datetime.timedelta} as a number of microseconds. */
record PyTimedelta(long microseconds) {

    static final long MICROSECONDS_PER_SECOND = 1_000_000L;
    static final long MICROSECONDS_PER_DAY = 86_400L * MICROSECONDS_PER_SECOND;

    long days() {
        return Math.floorDiv(microseconds, MICROSECONDS_PER_DAY);
    }

    long seconds() {
        return Math.floorMod(microseconds, MICROSECONDS_PER_DAY) / MICROSECONDS_PER_SECOND;
    }

    long micros() {
        return Math.floorMod(microseconds, MICROSECONDS_PER_SECOND);
    }

    double totalSeconds() {
        return microseconds / 1e6;
    }
}
