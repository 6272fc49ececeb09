package io.cadbridge.domain.routing;

import static java.util.Objects.requireNonNull;

/** What one set operation of one run produced: a checked value, or the reason it was skipped. */
public sealed interface SetResult {

    SetOperation operation();

    record Applied(RoutingValue value) implements SetResult {
        public Applied {
            requireNonNull(value, "value is null");
        }

        @Override
        public SetOperation operation() {
            return value.operation();
        }
    }

    /** The value was invalid (not a number, unknown queue, unknown agent …): the operation is skipped. */
    record Rejected(SetOperation operation, String reason) implements SetResult {
        public Rejected {
            requireNonNull(operation, "operation is null");
            requireNonNull(reason, "reason is null");
        }
    }
}
