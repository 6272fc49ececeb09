package io.cadbridge.adapters.events;

import com.fasterxml.jackson.databind.JsonNode;
import io.cadbridge.domain.conversation.ExtraDataSettings;
import io.cadbridge.domain.integration.ChannelType;
import io.cadbridge.domain.validation.JsonPointer;
import io.cadbridge.domain.validation.ValidationException;
import io.cadbridge.domain.validation.ValidationProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Strict reader of a channel's Extra Data Settings; a PUT replaces both lists, so both are required. */
final class ExtraDataSettingsReader {

    private static final String ALLOCATING = "includedWhenAllocating";
    private static final String STATISTICS = "includedInStatistics";

    ExtraDataSettings read(ChannelType channel, JsonNode body) {
        List<ValidationProblem> problems = new ArrayList<>();
        JsonFields fields = JsonFields.of(body, "", problems).orElseThrow(() -> new ValidationException(problems));
        fields.rejectUnknown(Set.of(ALLOCATING, STATISTICS));
        Optional<List<String>> allocating = keys(fields, ALLOCATING);
        Optional<List<String>> statistics = keys(fields, STATISTICS);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return new ExtraDataSettings(channel, allocating.orElseThrow(), statistics.orElseThrow());
    }

    private static Optional<List<String>> keys(JsonFields fields, String name) {
        Optional<List<JsonNode>> items = fields.requiredArray(name);
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
}
