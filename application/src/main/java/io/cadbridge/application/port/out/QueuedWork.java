package io.cadbridge.application.port.out;

import static java.util.Objects.requireNonNull;

import io.cadbridge.domain.conversation.AttachedData;
import io.cadbridge.domain.conversation.CadLimits;
import io.cadbridge.domain.conversation.CadVersion;
import io.cadbridge.domain.conversation.ConversationEvent;
import io.cadbridge.domain.conversation.StatisticsEntry;
import io.cadbridge.domain.conversation.VersionedAttachedData;
import io.cadbridge.domain.integration.IntegrationId;
import io.cadbridge.domain.json.JsonObject;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What goes into and comes out of the {@link WorkQueue}. */
public final class QueuedWork {

    private QueuedWork() {
    }

    /**
     * An accepted event's job: {@code integrations} run in this order from {@code runAt}. With a
     * {@code leaseOwner} the job starts leased to that process, which runs it without claiming it.
     */
    public record NewJob(ConversationEvent event, List<IntegrationId> integrations, Instant runAt, Optional<String> leaseOwner) {
        public NewJob {
            requireNonNull(event, "event is null");
            integrations = List.copyOf(requireNonNull(integrations, "integrations is null"));
            requireNonNull(runAt, "runAt is null");
            requireNonNull(leaseOwner, "leaseOwner is null");
        }
    }

    public sealed interface Acceptance {
        /** The event and its job are committed. */
        record Accepted(long jobId, long eventSequence) implements Acceptance {
        }

        /** The event id was accepted before: nothing was added. */
        record Duplicate() implements Acceptance {
        }
    }

    /**
     * A leased job: the integration at {@code nextIndex} is the next to run. Step numbers (which
     * order the attached-data writes) are {@code firstStep + index}; a retry job runs one integration
     * with the step number of the run it repeats.
     */
    public record ClaimedJob(long jobId, ConversationEvent event, long eventSequence, List<IntegrationId> integrations,
            int firstStep, int nextIndex) {
        public ClaimedJob {
            requireNonNull(event, "event is null");
            integrations = List.copyOf(requireNonNull(integrations, "integrations is null"));
            if (nextIndex < 0 || nextIndex >= integrations.size()) {
                throw new IllegalArgumentException("nextIndex " + nextIndex + " is outside the job's " + integrations.size() + " integrations");
            }
        }

        public CadVersion version(int index) {
            return new CadVersion(event.datetime(), eventSequence, firstStep + index);
        }

        public ClaimedJob advanced() {
            return new ClaimedJob(jobId, event, eventSequence, integrations, firstStep, nextIndex + 1);
        }

        public boolean hasNext() {
            return nextIndex + 1 < integrations.size();
        }
    }

    /**
     * The result of the step {@code index} of job {@code jobId}: the run, what it saved (written
     * under {@code version}), the keys the channel includes in statistics. Afterwards the job is done
     * ({@code next} empty) or due again at {@code next}, still leased by {@code owner} when
     * {@code keepLease} (the owner goes on at once) or free for anyone.
     */
    public record StepCommit(long jobId, int index, String owner, RunRecord run, JsonObject saved, CadVersion version,
            Set<String> statisticsKeys, Optional<Instant> next, boolean keepLease) {
        public StepCommit {
            requireNonNull(owner, "owner is null");
            requireNonNull(run, "run is null");
            requireNonNull(saved, "saved is null");
            requireNonNull(version, "version is null");
            statisticsKeys = Collections.unmodifiableSet(new LinkedHashSet<>(requireNonNull(statisticsKeys, "statisticsKeys is null")));
            requireNonNull(next, "next is null");
        }

        /**
         * What committing this step does to a conversation whose attached data is {@code before}: the
         * attached data afterwards (empty when nothing changes), the run as recorded (failed when a
         * limit refused the data) and the statistics entries to keep.
         */
        public StepEffects effects(VersionedAttachedData before, CadLimits limits, Instant now) {
            if (saved.members().isEmpty()) {
                return new StepEffects(Optional.empty(), run, List.of());
            }
            return switch (before.merge(saved, version, limits)) {
                case VersionedAttachedData.Merge.Refused refused -> new StepEffects(Optional.empty(), run.failed(refused.reason()), List.of());
                case VersionedAttachedData.Merge.Applied applied -> {
                    AttachedData after = applied.after().data();
                    List<StatisticsEntry> statistics = applied.writtenKeys().stream()
                            .filter(statisticsKeys::contains)
                            .map(key -> new StatisticsEntry(run.conversationId(), key, after.get(key).orElseThrow(), run.eventId(), now))
                            .toList();
                    yield new StepEffects(Optional.of(applied.after()), run, statistics);
                }
            };
        }
    }

    /** See {@link StepCommit#effects}. */
    public record StepEffects(Optional<VersionedAttachedData> after, RunRecord run, List<StatisticsEntry> statistics) {
        public StepEffects {
            requireNonNull(after, "after is null");
            requireNonNull(run, "run is null");
            statistics = List.copyOf(statistics);
        }
    }

    /** How committing one step went. */
    public sealed interface StepCommitted {
        /** Committed: the run as recorded (failed when a limit refused what it saved). */
        record Committed(RunRecord run) implements StepCommitted {
            public Committed {
                requireNonNull(run, "run is null");
            }
        }

        /** Another process took the job over (this one's lease had expired): nothing was committed. */
        record LeaseLost() implements StepCommitted {
        }
    }
}
