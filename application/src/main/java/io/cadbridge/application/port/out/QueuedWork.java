package io.cadbridge.application.port.out;

import static java.util.Objects.requireNonNull;

import io.cadbridge.domain.conversation.CadVersion;
import io.cadbridge.domain.conversation.ConversationEvent;
import io.cadbridge.domain.integration.IntegrationId;
import io.cadbridge.domain.run.Run;
import io.cadbridge.domain.run.StepOutcome;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What goes into and comes out of the {@link WorkQueue}. */
public final class QueuedWork {

    private QueuedWork() {}

    /**
     * An accepted event's job: {@code integrations} run in this order from {@code runAt}. With a
     * {@code leaseOwner} the job starts leased to that process, which runs it without claiming it.
     */
    public record NewJob(
            ConversationEvent event, List<IntegrationId> integrations, Instant runAt, Optional<String> leaseOwner) {
        public NewJob {
            requireNonNull(event, "event is null");
            integrations = List.copyOf(requireNonNull(integrations, "integrations is null"));
            requireNonNull(runAt, "runAt is null");
            requireNonNull(leaseOwner, "leaseOwner is null");
        }

        /** The job as its lease owner runs it once accepted, from its first integration. */
        public ClaimedJob claimed(Acceptance.Accepted accepted) {
            return new ClaimedJob(accepted.jobId(), event, accepted.eventSequence(), integrations, 0, 0);
        }
    }

    public sealed interface Acceptance {
        /** The event and its job are committed ({@code jobId} 0: the event triggered nothing, so it has no job). */
        record Accepted(long jobId, long eventSequence) implements Acceptance {}

        /** The event id was accepted before: nothing was added. */
        record Duplicate() implements Acceptance {}
    }

    /**
     * A leased job: the integration at {@code nextIndex} is the next to run. Step numbers (which
     * order the attached-data writes) are {@code firstStep + index}; a retry job runs one integration
     * with the step number of the run it repeats.
     */
    public record ClaimedJob(
            long jobId,
            ConversationEvent event,
            long eventSequence,
            List<IntegrationId> integrations,
            int firstStep,
            int nextIndex) {
        public ClaimedJob {
            requireNonNull(event, "event is null");
            integrations = List.copyOf(requireNonNull(integrations, "integrations is null"));
            if (nextIndex < 0 || nextIndex >= integrations.size()) {
                throw new IllegalArgumentException(
                        "nextIndex " + nextIndex + " is outside the job's " + integrations.size() + " integrations");
            }
        }

        /** The integration this step runs. */
        public IntegrationId integration() {
            return integrations.get(nextIndex);
        }

        /** The version under which this step writes attached data. */
        public CadVersion version() {
            return new CadVersion(event.datetime(), eventSequence, firstStep + nextIndex);
        }

        /** The integration of the following step, when there is one. */
        public Optional<IntegrationId> following() {
            return hasNext() ? Optional.of(integrations.get(nextIndex + 1)) : Optional.empty();
        }

        public ClaimedJob advanced() {
            return new ClaimedJob(jobId, event, eventSequence, integrations, firstStep, nextIndex + 1);
        }

        public boolean hasNext() {
            return nextIndex + 1 < integrations.size();
        }
    }

    /** What becomes of a job once a step is committed. */
    public sealed interface NextStep {
        /** That was the last step: the job is done. */
        record None() implements NextStep {}

        /** The committing process goes on at once: it keeps the lease. */
        record Here(Instant dueAt) implements NextStep {
            public Here {
                requireNonNull(dueAt, "dueAt is null");
            }
        }

        /** The following step is due at {@code dueAt} (after its delay), for whichever process claims it: the lease is given up. */
        record Anyone(Instant dueAt) implements NextStep {
            public Anyone {
                requireNonNull(dueAt, "dueAt is null");
            }
        }
    }

    /** Step {@code index} of job {@code jobId}, run by {@code owner}: its outcome, and what becomes of the job. */
    public record StepCommit(long jobId, int index, String owner, StepOutcome outcome, NextStep next) {
        public StepCommit {
            requireNonNull(owner, "owner is null");
            requireNonNull(outcome, "outcome is null");
            requireNonNull(next, "next is null");
        }
    }

    /** How committing one step went. */
    public sealed interface StepCommitted {
        /** Committed: the run as recorded (failed when a limit refused what it saved). */
        record Committed(Run run) implements StepCommitted {
            public Committed {
                requireNonNull(run, "run is null");
            }
        }

        /** Another process took the job over (this one's lease had expired): nothing was committed. */
        record LeaseLost() implements StepCommitted {}
    }
}
