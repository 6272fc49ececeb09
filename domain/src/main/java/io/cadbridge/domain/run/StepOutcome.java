package io.cadbridge.domain.run;

import static java.util.Objects.requireNonNull;

import io.cadbridge.domain.conversation.AttachedData;
import io.cadbridge.domain.conversation.CadLimits;
import io.cadbridge.domain.conversation.CadVersion;
import io.cadbridge.domain.conversation.HistoryMode;
import io.cadbridge.domain.conversation.LateUpdates;
import io.cadbridge.domain.conversation.StatisticsEntry;
import io.cadbridge.domain.conversation.StoredConversation;
import io.cadbridge.domain.conversation.VersionedAttachedData;
import io.cadbridge.json.JsonObject;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What one step of an event's job leaves behind: its run, the attached data it saved (written under
 * {@code version}, which orders it against the conversation's other writes) and the keys its
 * channel keeps for statistics, each with its history mode. Every store applies it with {@link #applyTo}, so the merge rules
 * live here, once.
 */
public record StepOutcome(Run run, JsonObject saved, CadVersion version, Map<String, HistoryMode> statisticsKeys) {

    public StepOutcome {
        requireNonNull(run, "run is null");
        requireNonNull(saved, "saved is null");
        requireNonNull(version, "version is null");
        statisticsKeys = Collections.unmodifiableMap(
                new LinkedHashMap<>(requireNonNull(statisticsKeys, "statisticsKeys is null")));
    }

    /** Whether the step writes attached data at all: a store need not read the conversation otherwise. */
    public boolean savesData() {
        return !saved.members().isEmpty();
    }

    /**
     * What the step does to {@code before}: the attached data afterwards (empty when nothing changes),
     * the run as recorded (failed when a limit refused the data, or when the conversation was closed
     * too long ago) and the statistics entries to keep (the saved keys the channel includes, as
     * merged). After a conversation's grace period only its saved keys are written ({@link LateUpdates}).
     */
    public StepEffects applyTo(StoredConversation before, CadLimits limits, LateUpdates late, Instant now) {
        if (!savesData()) {
            return new StepEffects(Optional.empty(), run, List.of());
        }
        JsonObject admitted = saved;
        Run recorded = run;
        switch (late.admits(before.closedAt(), now)) {
            case EVERY_KEY -> {}
            case NOTHING -> {
                Instant closedAt = before.closedAt().orElseThrow();
                return new StepEffects(
                        Optional.empty(),
                        run.failed("the conversation was closed at " + closedAt + "; late updates were accepted until "
                                + late.windowEnd(closedAt) + " (CADBRIDGE_LATE_UPDATE_WINDOW); nothing was saved"),
                        List.of());
            }
            case SAVED_KEYS -> {
                admitted = only(saved, statisticsKeys.keySet());
                List<String> dropped = saved.members().keySet().stream()
                        .filter(key -> !statisticsKeys.containsKey(key))
                        .toList();
                if (!dropped.isEmpty()) {
                    recorded = run.withReason(run.reason() + "; not saved, the conversation is closed and they are not"
                            + " included in statistics: " + String.join(", ", dropped));
                }
                if (admitted.members().isEmpty()) {
                    return new StepEffects(Optional.empty(), recorded, List.of());
                }
            }
        }
        return merge(before.data(), admitted, recorded, limits, now);
    }

    private StepEffects merge(
            VersionedAttachedData before, JsonObject admitted, Run recorded, CadLimits limits, Instant now) {
        return switch (before.merge(admitted, version, limits)) {
            case VersionedAttachedData.Merge.Refused refused ->
                new StepEffects(Optional.empty(), recorded.failed(refused.reason()), List.of());
            case VersionedAttachedData.Merge.Applied applied -> {
                AttachedData after = applied.after().data();
                List<StatisticsEntry> statistics = applied.writtenKeys().stream()
                        .filter(statisticsKeys::containsKey)
                        .map(key -> new StatisticsEntry(
                                recorded.conversationId(),
                                key,
                                after.get(key).orElseThrow(),
                                recorded.eventId(),
                                now,
                                statisticsKeys.get(key)))
                        .toList();
                yield new StepEffects(Optional.of(applied.after()), recorded, statistics);
            }
        };
    }

    private static JsonObject only(JsonObject object, Set<String> keys) {
        JsonObject.Builder kept = JsonObject.builder();
        object.members().forEach((key, value) -> {
            if (keys.contains(key)) {
                kept.put(key, value);
            }
        });
        return kept.build();
    }
}
