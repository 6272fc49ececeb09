package io.cadbridge.adapters.events;

import com.fasterxml.jackson.databind.JsonNode;
import io.cadbridge.domain.conversation.ExtraDataSettings;
import io.cadbridge.domain.conversation.HistoryMode;
import io.cadbridge.domain.integration.ChannelType;
import io.cadbridge.domain.validation.JsonPointer;
import io.cadbridge.domain.validation.ValidationException;
import io.cadbridge.domain.validation.ValidationProblem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Strict reader of a channel's Extra Data Settings. A PUT replaces them: both Contact Pro lists are
 * required; {@code includedInOutboundCalls} (phone only) and {@code historyModes} (per statistics
 * key: first, last or all; last when left out) are optional, so requests written before them keep
 * working.
 */
final class ExtraDataSettingsReader {

    private static final String ALLOCATING = "includedWhenAllocating";
    private static final String STATISTICS = "includedInStatistics";
    private static final String OUTBOUND = "includedInOutboundCalls";
    private static final String HISTORY_MODES = "historyModes";
    private static final String MODES =
            Arrays.stream(HistoryMode.values()).map(HistoryMode::wireName).collect(Collectors.joining(", "));

    ExtraDataSettings read(ChannelType channel, JsonNode body) {
        List<ValidationProblem> problems = new ArrayList<>();
        JsonFields fields = JsonFields.of(body, "", problems).orElseThrow(() -> new ValidationException(problems));
        fields.rejectUnknown(Set.of(ALLOCATING, STATISTICS, OUTBOUND, HISTORY_MODES));
        Optional<List<String>> allocating = keys(fields, ALLOCATING, true);
        Optional<List<String>> statistics = keys(fields, STATISTICS, true);
        List<String> outbound = keys(fields, OUTBOUND, false).orElse(List.of());
        if (channel != ChannelType.PHONE && !outbound.isEmpty()) {
            fields.problem(
                    fields.pointerTo(OUTBOUND),
                    "only the phone channel has outbound calls; leave it out (or empty) for " + channel.wireName());
        }
        Map<String, HistoryMode> modes = historyModes(fields, statistics.orElse(List.of()));
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return new ExtraDataSettings(channel, allocating.orElseThrow(), statistics.orElseThrow(), outbound, modes);
    }

    private static Optional<List<String>> keys(JsonFields fields, String name, boolean required) {
        Optional<List<JsonNode>> items = required ? fields.requiredArray(name) : fields.optionalArray(name);
        items.ifPresent(nodes -> {
            for (int i = 0; i < nodes.size(); i++) {
                String at = JsonPointer.child(fields.pointerTo(name), i);
                fields.text(nodes.get(i), at)
                        .filter(String::isBlank)
                        .ifPresent(blank -> fields.problem(at, "must name an attached-data key"));
            }
        });
        return items.map(nodes -> nodes.stream()
                .filter(JsonNode::isTextual)
                .map(JsonNode::textValue)
                .toList());
    }

    /** Each member names a key included in statistics and one of the modes. */
    private static Map<String, HistoryMode> historyModes(JsonFields fields, List<String> statistics) {
        Map<String, HistoryMode> modes = new LinkedHashMap<>();
        fields.optionalObject(HISTORY_MODES).ifPresent(object -> {
            for (String key : object.names()) {
                String at = object.pointerTo(key);
                if (!statistics.contains(key)) {
                    object.problem(
                            at, "\"" + key + "\" is not in includedInStatistics; only saved keys have a history mode");
                    continue;
                }
                object.requiredText(key)
                        .ifPresent(text -> HistoryMode.parse(text)
                                .ifPresentOrElse(
                                        mode -> modes.put(key, mode),
                                        () -> object.problem(
                                                at, "unknown history mode \"" + text + "\"; one of " + MODES)));
            }
        });
        return modes;
    }
}
