package io.cadbridge.domain.integration;

import java.util.Arrays;
import java.util.Optional;

/** The Contact Pro conversation events; names are matched case-insensitively. */
public enum EventName {
    RECEIVED("Received"),
    QUEUED("Queued"),
    ALLOCATED("Allocated"),
    ACCEPTED("Accepted"),
    REJECTED("Rejected"),
    TRANSFERRED("Transferred"),
    FORWARDED("Forwarded"),
    ENDED("Ended"),
    CLOSED("Closed");

    private final String displayName;

    EventName(String displayName) {
        this.displayName = displayName;
    }

    /** The name as Contact Pro writes it, e.g. {@code Received}. */
    public String displayName() {
        return displayName;
    }

    public static Optional<EventName> parse(String name) {
        return Arrays.stream(values())
                .filter(event -> event.displayName.equalsIgnoreCase(name))
                .findFirst();
    }

    public static String allowedNames() {
        return String.join(
                ", ", Arrays.stream(values()).map(EventName::displayName).toList());
    }
}
