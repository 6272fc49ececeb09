package io.cadbridge.domain.run;

import static java.util.Objects.requireNonNull;

import io.cadbridge.domain.conversation.StatisticsEntry;
import io.cadbridge.domain.conversation.VersionedAttachedData;
import java.util.List;
import java.util.Optional;

/**
 * See {@link StepOutcome#applyTo}: the conversation's attached data afterwards (empty when unchanged),
 * the run to record and the statistics entries to keep.
 */
public record StepEffects(Optional<VersionedAttachedData> after, Run run, List<StatisticsEntry> statistics) {

    public StepEffects {
        requireNonNull(after, "after is null");
        requireNonNull(run, "run is null");
        statistics = List.copyOf(requireNonNull(statistics, "statistics is null"));
    }
}
