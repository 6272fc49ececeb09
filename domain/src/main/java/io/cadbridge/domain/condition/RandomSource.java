package io.cadbridge.domain.condition;

/** Randomness for the {@code random} module, injected so that tests are deterministic. */
public interface RandomSource {

    /** A uniformly distributed integer in {@code [0, bound)}; {@code bound} is positive. */
    long nextLong(long bound);

    /** A uniformly distributed number in {@code [0.0, 1.0)}. */
    double nextDouble();
}
