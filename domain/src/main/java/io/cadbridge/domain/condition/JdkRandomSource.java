package io.cadbridge.domain.condition;

import java.util.concurrent.ThreadLocalRandom;

/**
 * The production randomness: {@link ThreadLocalRandom}, fast and safe to share between threads.
 * Conditions sample traffic; they do not need cryptographic randomness.
 */
public final class JdkRandomSource implements RandomSource {

    @Override
    public long nextLong(long bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive");
        }
        return ThreadLocalRandom.current().nextLong(bound);
    }

    @Override
    public double nextDouble() {
        return ThreadLocalRandom.current().nextDouble();
    }
}
