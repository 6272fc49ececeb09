package io.cadbridge.domain.condition;

import static java.util.Objects.requireNonNull;

/** The outcome of evaluating a condition: its value was truthy, falsy, or evaluation failed. */
public sealed interface ConditionResult {

    /** The value was truthy; {@code value} is its Python {@code repr}, shortened for traces. */
    record Satisfied(String value) implements ConditionResult {
        public Satisfied {
            requireNonNull(value, "value is null");
        }
    }

    /** The value was falsy; {@code value} is its Python {@code repr}, shortened for traces. */
    record NotSatisfied(String value) implements ConditionResult {
        public NotSatisfied {
            requireNonNull(value, "value is null");
        }
    }

    /** Evaluation raised an error; the message reads like Python's: {@code ZeroDivisionError: division by zero}. */
    record Failed(String message) implements ConditionResult {
        public Failed {
            requireNonNull(message, "message is null");
        }
    }
}
