package io.cadbridge.adapters.persistence;

import io.cadbridge.application.port.out.QueuedWork.Acceptance;
import io.cadbridge.application.port.out.QueuedWork.NewJob;
import io.cadbridge.domain.conversation.StoredEvents;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;

/**
 * One transaction's worth of accepted events (ADR 0015, ADR 0033): each new event is stored with
 * its sequence number, its conversation's life is recorded, and an event that triggers integrations
 * gets its job; an event id stored before is a duplicate.
 */
final class JooqAcceptances {

    /** The lease of a job its accepting process starts at once; the worker's heartbeat renews it. */
    private static final Duration INITIAL_LEASE = Duration.ofSeconds(30);

    private static final String INSERT_EVENTS = "insert into accepted_event (event_id, conversation_id, event_name,"
            + " event_datetime, payload, accepted_at, sequence)"
            + " select event.id, event.conversation_id, event.name, event.datetime::timestamptz, event.payload::json,"
            + " batch.now, nextval('accepted_event_sequence')"
            + " from (select ?::timestamptz as now) as batch,"
            + " unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[])"
            + " as event(id, conversation_id, name, datetime, payload)"
            + " on conflict do nothing returning event_id, sequence";

    /** A job accepted with a lease owner starts leased to it, for {@link #INITIAL_LEASE}. */
    private static final String INSERT_JOBS =
            "insert into job (event_id, integrations, run_at, lease_owner, lease_until)"
                    + " select new.event_id, new.integrations::uuid[], new.run_at::timestamptz, new.lease_owner,"
                    + " case when new.lease_owner is not null then clock_timestamp() + ?::bigint * interval '1 millisecond' end"
                    + " from unnest(?::text[], ?::text[], ?::text[], ?::text[]) as new(event_id, integrations, run_at, lease_owner)"
                    + " returning event_id, id";

    private final DSLContext tx;
    private final Clock clock;

    JooqAcceptances(DSLContext tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    List<Acceptance> accept(List<NewJob> jobs) {
        Instant now = clock.instant();
        // In event-id order: two batches inserting the same ids (a redelivery racing the original)
        // wait for each other in the same order, never in a cycle.
        List<NewJob> ordered = jobs.stream()
                .sorted(Comparator.comparing((NewJob job) -> job.event().id().value()))
                .toList();
        Map<String, Long> sequences = new HashMap<>();
        Map<String, Long> jobIds = new HashMap<>();
        // Two round trips before the commit: the events (a duplicate is known by its missing sequence),
        // then their conversations and jobs together.
        ArrayStatements.on(tx, statements -> {
            statements.inOneRoundTrip(List.of(new ArrayStatements.Bound(
                    INSERT_EVENTS,
                    row -> sequences.put(row.getString(1), row.getLong(2)),
                    statements.instant(now),
                    statements.texts(ordered, job -> job.event().id().value()),
                    statements.texts(
                            ordered, job -> job.event().conversationId().value()),
                    statements.texts(ordered, job -> job.event().name().displayName()),
                    statements.instants(ordered, job -> job.event().datetime()),
                    statements.texts(
                            ordered, job -> StoredEvents.write(job.event()).toJson()))));
            List<ArrayStatements.Bound> second = new ArrayList<>();
            ConversationLifecycles.record(
                            statements,
                            jobs.stream()
                                    .filter(job -> sequences.containsKey(
                                            job.event().id().value()))
                                    .toList(),
                            now)
                    .ifPresent(second::add);
            insertJobs(statements, newJobs(jobs, sequences), jobIds).ifPresent(second::add);
            statements.inOneRoundTrip(second);
            return null;
        });
        Set<String> answered = new HashSet<>();
        List<Acceptance> results = new ArrayList<>();
        for (NewJob job : jobs) {
            String id = job.event().id().value();
            results.add(
                    sequences.containsKey(id) && answered.add(id)
                            ? new Acceptance.Accepted(jobIds.getOrDefault(id, 0L), sequences.get(id))
                            : new Acceptance.Duplicate());
        }
        return results;
    }

    /** The new events that trigger integrations, each once. */
    private static List<NewJob> newJobs(List<NewJob> jobs, Map<String, Long> sequences) {
        List<NewJob> newJobs = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (NewJob job : jobs) {
            if (sequences.containsKey(job.event().id().value())
                    && taken.add(job.event().id().value())
                    && !job.integrations().isEmpty()) {
                newJobs.add(job);
            }
        }
        return newJobs;
    }

    /** The statement inserting {@code jobs}, noting each one's id into {@code ids}; none without jobs. */
    private static Optional<ArrayStatements.Bound> insertJobs(
            ArrayStatements statements, List<NewJob> jobs, Map<String, Long> ids) {
        if (jobs.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ArrayStatements.Bound(
                INSERT_JOBS,
                row -> ids.put(row.getString(1), row.getLong(2)),
                INITIAL_LEASE.toMillis(),
                statements.texts(jobs, job -> job.event().id().value()),
                statements.texts(
                        jobs,
                        job -> job.integrations().stream()
                                .map(integration -> integration.value().toString())
                                .collect(Collectors.joining(",", "{", "}"))),
                statements.instants(jobs, NewJob::runAt),
                statements.texts(jobs, job -> job.leaseOwner().orElse(null))));
    }
}
