package io.cadbridge.domain.integration;

import static java.util.Objects.requireNonNull;

/** Whether an integration runs for an event, and if not, why not. */
public record TriggerDecision(boolean triggered, String reason) {

    public static final TriggerDecision TRIGGERED = new TriggerDecision(true, "triggered");

    public TriggerDecision {
        requireNonNull(reason, "reason is null");
    }

    public static TriggerDecision notTriggered(String reason) {
        return new TriggerDecision(false, reason);
    }
}
