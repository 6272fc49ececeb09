package io.cadbridge.domain.directory;

import static java.util.Objects.requireNonNull;

import io.cadbridge.domain.integration.ChannelType;
import java.util.List;

/** A queue of the contact center: its id (canonical, see {@link QueueIds}), channel, addresses and name. */
public record QueueEntry(String id, ChannelType channelType, List<String> addresses, String name) {

    public QueueEntry {
        id = QueueIds.canonical(requireNonNull(id, "id is null"))
                .orElseThrow(
                        () -> new IllegalArgumentException("a queue id is a UUID (32 hex digits, hyphens optional)"));
        requireNonNull(channelType, "channelType is null");
        if (channelType == ChannelType.MULTI_CHANNEL) {
            throw new IllegalArgumentException("a queue belongs to one channel: phone, chat or email");
        }
        addresses = List.copyOf(requireNonNull(addresses, "addresses is null"));
        name = name == null ? "" : name;
    }

    public boolean hasAddress(String address) {
        return addresses.stream().anyMatch(own -> own.equalsIgnoreCase(address));
    }
}
