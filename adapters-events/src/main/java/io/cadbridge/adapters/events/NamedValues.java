package io.cadbridge.adapters.events;

import com.fasterxml.jackson.databind.JsonNode;
import io.cadbridge.domain.integration.ChannelType;
import io.cadbridge.domain.integration.EventName;
import io.cadbridge.domain.integration.IntegrationDirection;
import io.cadbridge.domain.validation.JsonPointer;
import io.cadbridge.domain.validation.Suggestions;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Parses the enumerated names of the API (channel types, directions, events), suggesting the intended one. */
final class NamedValues {

    private static final List<String> EVENT_NAMES =
            Arrays.stream(EventName.values()).map(EventName::displayName).toList();
    private static final List<String> CHANNEL_NAMES =
            Arrays.stream(ChannelType.values()).map(ChannelType::wireName).toList();
    private static final List<String> DIRECTION_NAMES = Arrays.stream(IntegrationDirection.values())
            .map(IntegrationDirection::wireName)
            .toList();

    private NamedValues() {}

    static Optional<ChannelType> channelType(String text, String at, JsonFields fields) {
        Optional<ChannelType> type = ChannelType.fromWireName(text);
        if (type.isEmpty()) {
            fields.problem(at, unknown("channel type", text, CHANNEL_NAMES));
        }
        return type;
    }

    static Optional<IntegrationDirection> direction(String text, String at, JsonFields fields) {
        Optional<IntegrationDirection> direction = IntegrationDirection.fromWireName(text);
        if (direction.isEmpty()) {
            fields.problem(at, unknown("direction", text, DIRECTION_NAMES));
        }
        return direction;
    }

    static Optional<EventName> event(String text, String at, JsonFields fields) {
        Optional<EventName> event = EventName.parse(text);
        if (event.isEmpty()) {
            fields.problem(at, unknown("event", text, EVENT_NAMES));
        }
        return event;
    }

    /** Every item of an events array; each wrong one is reported at its index. */
    static Set<EventName> events(List<JsonNode> items, String at, JsonFields fields) {
        Set<EventName> events = EnumSet.noneOf(EventName.class);
        for (int i = 0; i < items.size(); i++) {
            String itemPointer = JsonPointer.child(at, i);
            fields.text(items.get(i), itemPointer)
                    .flatMap(text -> event(text, itemPointer, fields))
                    .ifPresent(events::add);
        }
        return events;
    }

    static String unknown(String kind, String text, List<String> known) {
        return "unknown " + kind + " \"" + text + "\"" + Suggestions.didYouMean(text, known) + "; one of "
                + String.join(", ", known);
    }
}
