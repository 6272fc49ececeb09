package io.cadbridge.domain.integration;

import java.util.Arrays;
import java.util.Optional;

/** The channel an integration serves; {@code multi-channel} covers all of them. */
public enum ChannelType {
    PHONE("phone"),
    CHAT("chat"),
    EMAIL("email"),
    MULTI_CHANNEL("multi-channel");

    private final String wireName;

    ChannelType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<ChannelType> fromWireName(String name) {
        return Arrays.stream(values())
                .filter(type -> type.wireName.equalsIgnoreCase(name))
                .findFirst();
    }

    /** Whether an integration of this type applies to a conversation on {@code conversationChannel}. */
    public boolean covers(String conversationChannel) {
        return this == MULTI_CHANNEL || wireName.equalsIgnoreCase(conversationChannel);
    }

    public static String allowedNames() {
        return String.join(
                ", ", Arrays.stream(values()).map(ChannelType::wireName).toList());
    }
}
