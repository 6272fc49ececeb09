package io.cadbridge.domain.integration;

import java.util.Arrays;
import java.util.Optional;

/** Conversation Direction of an integration: which conversations it listens to. */
public enum IntegrationDirection {
    INBOUND,
    OUTBOUND,
    BOTH;

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<IntegrationDirection> fromWireName(String name) {
        return Arrays.stream(values())
                .filter(direction -> direction.name().equalsIgnoreCase(name))
                .findFirst();
    }

    public boolean covers(String conversationDirection) {
        return this == BOTH || name().equalsIgnoreCase(conversationDirection);
    }
}
