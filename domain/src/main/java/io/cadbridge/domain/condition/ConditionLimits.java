package io.cadbridge.domain.condition;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * Bounds that keep an administrator's condition from hurting the service. {@link #DEFAULT} suits
 * conditions of a few lines; the composition root may choose others (e.g. a longer timeout).
 *
 * @param maxSourceLength characters in a condition
 * @param maxNestingDepth nesting of the expression tree (brackets, operators, calls)
 * @param maxSteps node visits and loop iterations per evaluation
 * @param timeout wall-clock time per evaluation, measured with {@code System.nanoTime}
 * @param maxIntegerBits size of any integer result; larger ones are an {@code OverflowError}
 * @param maxStringLength characters in any string the condition builds
 * @param maxCollectionSize elements in any list, tuple, dict or set the condition builds
 * @param maxRegexPatternLength characters in a regular expression
 * @param maxRegexInputLength characters a regular expression may be matched against
 */
public record ConditionLimits(
        int maxSourceLength,
        int maxNestingDepth,
        long maxSteps,
        Duration timeout,
        int maxIntegerBits,
        int maxStringLength,
        int maxCollectionSize,
        int maxRegexPatternLength,
        int maxRegexInputLength) {

    public static final ConditionLimits DEFAULT =
            new ConditionLimits(10_000, 100, 100_000, Duration.ofMillis(50), 4096, 1 << 20, 100_000, 1_000, 100_000);

    public ConditionLimits {
        requireNonNull(timeout, "timeout is null");
        if (maxSourceLength < 1
                || maxNestingDepth < 1
                || maxSteps < 1
                || maxIntegerBits < 64
                || maxStringLength < 1
                || maxCollectionSize < 1
                || maxRegexPatternLength < 1
                || maxRegexInputLength < 1) {
            throw new IllegalArgumentException("condition limits must be positive (integers at least 64 bits)");
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the condition timeout must be positive");
        }
    }

    public ConditionLimits withTimeout(Duration newTimeout) {
        return new ConditionLimits(
                maxSourceLength,
                maxNestingDepth,
                maxSteps,
                newTimeout,
                maxIntegerBits,
                maxStringLength,
                maxCollectionSize,
                maxRegexPatternLength,
                maxRegexInputLength);
    }

    public ConditionLimits withMaxSteps(long newMaxSteps) {
        return new ConditionLimits(
                maxSourceLength,
                maxNestingDepth,
                newMaxSteps,
                timeout,
                maxIntegerBits,
                maxStringLength,
                maxCollectionSize,
                maxRegexPatternLength,
                maxRegexInputLength);
    }
}
