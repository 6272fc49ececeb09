package io.cadbridge.domain.condition;

import java.math.BigInteger;
import java.time.Clock;

/** One run of a condition: its scope, and the step, time and size budgets it must stay within. */
final class Evaluation {

    private final ConditionScope scope;
    private final ConditionLimits limits;
    private final RegexCache regexes;
    private final long deadline;
    private final NativeObject contact;
    private final NativeObject event;
    private long steps;
    private long regexSteps;

    Evaluation(ConditionScope scope, ConditionLimits limits, RegexCache regexes) {
        this.scope = scope;
        this.limits = limits;
        this.regexes = regexes;
        this.contact = ContactObject.of(scope);
        this.event = EventObject.of(scope.event());
        this.deadline = System.nanoTime() + limits.timeout().toNanos();
    }

    ConditionLimits limits() {
        return limits;
    }

    Clock clock() {
        return scope.clock();
    }

    RandomSource random() {
        return scope.random();
    }

    RegexCache regexes() {
        return regexes;
    }

    /** The value of a global name, or Java {@code null}. */
    Object global(String name) {
        return switch (name) {
            case "contact" -> contact;
            case "event" -> event;
            default -> Globals.STATIC.get(name);
        };
    }

    /** Counts one node visit or loop iteration. */
    void tick() {
        if (++steps > limits.maxSteps()) {
            throw new PythonError("TimeoutError", "condition exceeded the limit of " + limits.maxSteps() + " steps");
        }
        if ((steps & 0xFF) == 0) {
            checkDeadline();
        }
    }

    /** Counts a character a regular expression looked at; checks the deadline now and then. */
    void regexTick() {
        if ((++regexSteps & 0x3FF) == 0) {
            checkDeadline();
        }
    }

    void checkDeadline() {
        if (System.nanoTime() - deadline > 0) {
            throw new PythonError(
                    "TimeoutError",
                    "condition exceeded its time limit of " + limits.timeout().toMillis() + " ms");
        }
    }

    BigInteger checkInteger(BigInteger value) {
        if (value.bitLength() > limits.maxIntegerBits()) {
            throw integerTooLarge();
        }
        return value;
    }

    PythonError integerTooLarge() {
        return PythonError.overflow("integer result larger than " + limits.maxIntegerBits() + " bits");
    }

    void checkStringLength(long length) {
        if (length > limits.maxStringLength()) {
            throw new PythonError(
                    "MemoryError",
                    "string of " + length + " characters exceeds the limit of " + limits.maxStringLength());
        }
    }

    void checkCollectionSize(long size) {
        if (size > limits.maxCollectionSize()) {
            throw new PythonError(
                    "MemoryError",
                    "collection of " + size + " elements exceeds the limit of " + limits.maxCollectionSize());
        }
    }
}
