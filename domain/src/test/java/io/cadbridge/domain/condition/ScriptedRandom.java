package io.cadbridge.domain.condition;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** A {@link RandomSource} that hands out scripted values, so tests know what {@code random} returns. */
final class ScriptedRandom implements RandomSource {

    private final Deque<Long> integers;
    private final Deque<Double> fractions;
    private final List<Long> bounds = new java.util.ArrayList<>();

    private ScriptedRandom(List<Long> integers, List<Double> fractions) {
        this.integers = new ArrayDeque<>(integers);
        this.fractions = new ArrayDeque<>(fractions);
    }

    static ScriptedRandom integers(Long... values) {
        return new ScriptedRandom(List.of(values), List.of());
    }

    static ScriptedRandom fractions(Double... values) {
        return new ScriptedRandom(List.of(), List.of(values));
    }

    @Override
    public long nextLong(long bound) {
        bounds.add(bound);
        long value = integers.isEmpty() ? 0 : integers.pop();
        if (value < 0 || value >= bound) {
            throw new IllegalStateException("scripted " + value + " is outside [0, " + bound + ")");
        }
        return value;
    }

    /** The bounds {@link #nextLong} was asked for, in order. */
    List<Long> bounds() {
        return List.copyOf(bounds);
    }

    @Override
    public double nextDouble() {
        return fractions.isEmpty() ? 0.0 : fractions.pop();
    }
}
