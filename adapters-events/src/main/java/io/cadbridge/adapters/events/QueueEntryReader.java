package io.cadbridge.adapters.events;

import com.fasterxml.jackson.databind.JsonNode;
import io.cadbridge.domain.directory.QueueEntry;
import io.cadbridge.domain.directory.QueueIds;
import io.cadbridge.domain.integration.ChannelType;
import io.cadbridge.domain.validation.JsonPointer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One queue of {@code PUT /v1/directory/queues}. A PUT replaces the queue, so {@code addresses} is
 * required (an empty list is fine): forgetting it must not silently drop the queue's addresses.
 */
final class QueueEntryReader implements DirectoryBodyReader.EntryReader<QueueEntry> {

    private static final Set<String> FIELDS = Set.of("id", "channelType", "addresses", "name");

    @Override
    public Optional<QueueEntry> read(JsonFields queue) {
        queue.rejectUnknown(FIELDS);
        Optional<String> id = queue.requiredText("id").flatMap(text -> canonicalId(text, queue));
        Optional<ChannelType> channel = queue.requiredText("channelType")
                .flatMap(text -> NamedValues.channelType(text, queue.pointerTo("channelType"), queue))
                .filter(type -> isOneChannel(type, queue));
        Optional<List<String>> addresses = addresses(queue);
        String name = queue.optionalText("name").orElse("");
        if (id.isEmpty() || channel.isEmpty() || addresses.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new QueueEntry(id.get(), channel.get(), addresses.get(), name));
    }

    private static Optional<String> canonicalId(String text, JsonFields queue) {
        Optional<String> id = QueueIds.canonical(text);
        if (id.isEmpty()) {
            queue.problem(
                    queue.pointerTo("id"),
                    "must be a queue id: a UUID such as C9177D58-5DA5-EE11-B3ED-58961D1810CC"
                            + " (32 hex digits, any case, hyphens optional), not \"" + text + "\"");
        }
        return id;
    }

    private static boolean isOneChannel(ChannelType type, JsonFields queue) {
        if (type == ChannelType.MULTI_CHANNEL) {
            queue.problem(
                    queue.pointerTo("channelType"),
                    "a queue belongs to one channel: phone, chat or email"
                            + " (multi-channel is for integrations only)");
            return false;
        }
        return true;
    }

    /** Empty when missing or when any item is wrong; each wrong item is reported at its index. */
    private static Optional<List<String>> addresses(JsonFields queue) {
        return queue.requiredArray("addresses").flatMap(items -> {
            List<String> addresses = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                String at = JsonPointer.child(queue.pointerTo("addresses"), i);
                JsonNode item = items.get(i);
                queue.text(item, at)
                        .filter(address -> DirectoryTexts.isIdentifier(address, at, queue))
                        .ifPresent(addresses::add);
            }
            return addresses.size() == items.size() ? Optional.of(addresses) : Optional.empty();
        });
    }
}
