package io.cadbridge.domain.run;

import static java.util.Objects.requireNonNull;

import io.cadbridge.domain.conversation.AttachedData;
import io.cadbridge.domain.conversation.CadLimits;
import io.cadbridge.domain.conversation.CadVersion;
import io.cadbridge.domain.conversation.HistoryMode;
import io.cadbridge.domain.conversation.StatisticsEntry;
import io.cadbridge.domain.conversation.VersionedAttachedData;
import io.cadbridge.domain.json.JsonObject;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
     * What the step does to a conversation whose attached data is {@code before}: the attached data
     * afterwards (empty when nothing changes), the run as recorded (failed when a limit refused the
     * data) and the statistics entries to keep (the saved keys the channel includes, as merged).
     */
    public StepEffects applyTo(VersionedAttachedData before, CadLimits limits, Instant now) {
        if (!savesData()) {
            return new StepEffects(Optional.empty(), run, List.of());
        }
        return switch (before.merge(saved, version, limits)) {
            case VersionedAttachedData.Merge.Refused refused ->
                new StepEffects(Optional.empty(), run.failed(refused.reason()), List.of());
            case VersionedAttachedData.Merge.Applied applied -> {
                AttachedData after = applied.after().data();
                List<StatisticsEntry> statistics = applied.writtenKeys().stream()
                        .filter(statisticsKeys::containsKey)
                        .map(key -> new StatisticsEntry(
                                run.conversationId(),
                                key,
                                after.get(key).orElseThrow(),
                                run.eventId(),
                                now,
                                statisticsKeys.get(key)))
                        .toList();
                yield new StepEffects(Optional.of(applied.after()), run, statistics);
            }
        };
    }
}
