package io.cadbridge.application.fakes;

import static java.util.Objects.requireNonNull;

import io.cadbridge.application.port.out.QueuedWork.Acceptance;
import io.cadbridge.application.port.out.QueuedWork.ClaimedJob;
import io.cadbridge.application.port.out.QueuedWork.NewJob;
import io.cadbridge.application.port.out.QueuedWork.NextStep;
import io.cadbridge.application.port.out.QueuedWork.StepCommit;
import io.cadbridge.application.port.out.QueuedWork.StepCommitted;
import io.cadbridge.application.port.out.WorkQueue;
import io.cadbridge.domain.conversation.CadLimits;
import io.cadbridge.domain.conversation.ConversationEvent;
import io.cadbridge.domain.conversation.ConversationId;
import io.cadbridge.domain.conversation.ConversationLifecycle;
import io.cadbridge.domain.conversation.EventId;
import io.cadbridge.domain.conversation.HistoryMode;
import io.cadbridge.domain.conversation.LateUpdates;
import io.cadbridge.domain.conversation.StatisticsEntry;
import io.cadbridge.domain.conversation.StoredConversation;
import io.cadbridge.domain.history.DailyCount;
import io.cadbridge.domain.history.DailyCountsQuery;
import io.cadbridge.domain.history.DayCounts;
import io.cadbridge.domain.integration.IntegrationId;
import io.cadbridge.domain.run.StepEffects;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The work queue in memory, with the same leases and commit checks as the PostgreSQL one. Its step
 * commits write the conversations, the run log and the statistics entries, as the PostgreSQL one does.
 */
public final class InMemoryWorkQueue implements WorkQueue {

    private record Event(ConversationEvent event, long sequence) {}

    private record StatisticsKey(ConversationId conversation, String key) {}

    private static final class Job {
        final long id;
        final Event event;
        final List<IntegrationId> integrations;
        final int firstStep;
        int next;
        boolean done;
        Instant runAt;
        String owner;
        Instant leaseUntil;

        Job(long id, Event event, List<IntegrationId> integrations, int firstStep, Instant runAt) {
            this.id = id;
            this.event = event;
            this.integrations = List.copyOf(integrations);
            this.firstStep = firstStep;
            this.runAt = runAt;
        }
    }

    private final InMemoryConversationStore conversations;
    private final InMemoryRunLog runLog;
    /** Per conversation and key, the values kept for history in the order saved (one for first/last keys). */
    private final Map<StatisticsKey, List<StatisticsEntry>> history = new LinkedHashMap<>();

    private final Clock clock;
    private final CadLimits limits;
    private final LateUpdates late;
    private final Map<EventId, Event> events = new HashMap<>();
    /** The daily counts, keyed by a DailyCount whose delta is 0. */
    private final Map<DailyCount, Long> daily = new HashMap<>();
    /** Events whose payload was erased: their ids still make a redelivery a duplicate. */
    private final Set<EventId> erasedEvents = new HashSet<>();

    private final Map<Long, Job> jobs = new LinkedHashMap<>();
    /** For retries: the job and step each recorded run belongs to. */
    private final Map<UUID, Integer> runSteps = new HashMap<>();

    private long lastSequence;
    private long lastJobId;
    private boolean ignoreDueTimes;

    public InMemoryWorkQueue(
            InMemoryConversationStore conversations, InMemoryRunLog runLog, Clock clock, CadLimits limits) {
        this(conversations, runLog, clock, limits, LateUpdates.DEFAULT);
    }

    public InMemoryWorkQueue(
            InMemoryConversationStore conversations,
            InMemoryRunLog runLog,
            Clock clock,
            CadLimits limits,
            LateUpdates late) {
        this.conversations = requireNonNull(conversations, "conversations is null");
        this.runLog = requireNonNull(runLog, "runLog is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.limits = requireNonNull(limits, "limits is null");
        this.late = requireNonNull(late, "late is null");
    }

    /** Tests do not wait for delays: with this, every job is due at once. */
    public synchronized void ignoreDueTimes(boolean ignore) {
        this.ignoreDueTimes = ignore;
    }

    /** When each job that is not done is due next. */
    public synchronized List<Instant> dueTimes() {
        return jobs.values().stream()
                .filter(job -> !job.done)
                .map(job -> job.runAt)
                .toList();
    }

    /** The values kept for the conversation's history: by key, then in the order saved. */
    public synchronized List<StatisticsEntry> savedValues(ConversationId conversation) {
        return history.entrySet().stream()
                .filter(entry -> entry.getKey().conversation().equals(conversation))
                .sorted(Map.Entry.comparingByKey(Comparator.comparing(StatisticsKey::key)))
                .flatMap(entry -> entry.getValue().stream())
                .toList();
    }

    /** The conversation's life as its accepted events told it. */
    public synchronized Optional<ConversationLifecycle> lifecycle(ConversationId conversation) {
        return conversations.lifecycle(conversation);
    }

    /** Every conversation's life so far. */
    synchronized Map<ConversationId, ConversationLifecycle> lifecycles() {
        return conversations.lifecycles();
    }

    /** The events accepted for the conversation, with when they were accepted, in acceptance order. */
    synchronized List<ConversationEvent> eventsOf(ConversationId conversation) {
        return events.values().stream()
                .sorted(Comparator.comparingLong(Event::sequence))
                .map(Event::event)
                .filter(event -> event.conversationId().equals(conversation))
                .toList();
    }

    /** The conversations whose contact came from {@code source}. */
    synchronized Set<ConversationId> conversationsFrom(String source) {
        Set<ConversationId> found = new HashSet<>();
        events.values().forEach(event -> {
            if (!erasedEvents.contains(event.event().id())
                    && event.event().contact().source().filter(source::equals).isPresent()) {
                found.add(event.event().conversationId());
            }
        });
        return found;
    }

    /** The conversations that kept {@code value} (as searched: a string as it is, anything else as JSON) for {@code key}. */
    synchronized Set<ConversationId> conversationsKeeping(String key, String value) {
        Set<ConversationId> found = new HashSet<>();
        history.forEach((kept, values) -> {
            if (kept.key().equals(key)
                    && values.stream()
                            .anyMatch(entry ->
                                    DailyCount.searchText(entry.value()).equals(value))) {
                found.add(kept.conversation());
            }
        });
        return found;
    }

    /** Forgets what was kept for these conversations and ends the pending work of their events. */
    synchronized void erase(Set<ConversationId> conversations) {
        history.forEach((kept, values) -> {
            if (conversations.contains(kept.conversation())) {
                String channel = this.conversations
                        .lifecycle(kept.conversation())
                        .map(ConversationLifecycle::channelType)
                        .orElse("");
                values.forEach(entry -> daily.merge(
                        new DailyCount(
                                entry.key(),
                                LocalDate.ofInstant(entry.savedAt(), ZoneOffset.UTC),
                                channel,
                                DailyCount.searchText(entry.value()),
                                0),
                        -1L,
                        Long::sum));
            }
        });
        daily.values().removeIf(total -> total <= 0);
        history.keySet().removeIf(kept -> conversations.contains(kept.conversation()));
        events.values().stream()
                .filter(event -> conversations.contains(event.event().conversationId()))
                .forEach(event -> erasedEvents.add(event.event().id()));
        jobs.values().stream()
                .filter(job -> conversations.contains(job.event.event().conversationId()))
                .forEach(job -> {
                    job.done = true;
                    job.owner = null;
                });
    }

    /** The key's daily counts: day by day, each value with its count, days and values without any left out. */
    synchronized List<DayCounts> dailyCounts(DailyCountsQuery query) {
        Map<LocalDate, Map<String, Long>> days = new TreeMap<>();
        daily.forEach((count, total) -> {
            if (count.key().equals(query.key())
                    && !count.day().isBefore(query.from())
                    && !count.day().isAfter(query.to())
                    && query.channel()
                            .map(channel -> channel.wireName().equals(count.channel()))
                            .orElse(true)) {
                days.computeIfAbsent(count.day(), day -> new TreeMap<>()).merge(count.value(), total, Long::sum);
            }
        });
        return days.entrySet().stream()
                .map(day -> {
                    Map<String, Long> counts = new TreeMap<>(day.getValue());
                    counts.values().removeIf(total -> total <= 0);
                    return new DayCounts(day.getKey(), counts);
                })
                .filter(day -> !day.counts().isEmpty())
                .toList();
    }

    /** How many jobs are not done yet. */
    public synchronized long pendingJobs() {
        return jobs.values().stream().filter(job -> !job.done).count();
    }

    @Override
    public synchronized Acceptance accept(NewJob newJob) {
        if (events.containsKey(newJob.event().id())) {
            return new Acceptance.Duplicate();
        }
        Event event = new Event(newJob.event(), ++lastSequence);
        events.put(newJob.event().id(), event);
        conversations.touch(newJob.event().conversationId(), clock.instant());
        conversations.record(newJob.event().conversationId(), ConversationLifecycle.of(newJob.event()));
        if (newJob.integrations().isEmpty()) {
            return new Acceptance.Accepted(0, event.sequence());
        }
        Job job = new Job(++lastJobId, event, newJob.integrations(), 0, newJob.runAt());
        newJob.leaseOwner().ifPresent(owner -> lease(job, owner, Duration.ofSeconds(30)));
        jobs.put(job.id, job);
        return new Acceptance.Accepted(job.id, event.sequence());
    }

    @Override
    public synchronized List<ClaimedJob> claim(String owner, int max, Duration lease) {
        Instant now = clock.instant();
        return jobs.values().stream()
                .filter(job -> !job.done && (ignoreDueTimes || !job.runAt.isAfter(now)))
                .filter(job -> job.owner == null || job.leaseUntil.isBefore(now))
                .sorted(Comparator.comparing(job -> job.runAt))
                .limit(max)
                .peek(job -> lease(job, owner, lease))
                .map(job -> new ClaimedJob(
                        job.id, job.event.event(), job.event.sequence(), job.integrations, job.firstStep, job.next))
                .toList();
    }

    @Override
    public synchronized StepCommitted commit(StepCommit step) {
        Job job = jobs.get(step.jobId());
        if (job == null || job.done || job.next != step.index() || !step.owner().equals(job.owner)) {
            return new StepCommitted.LeaseLost();
        }
        ConversationId conversation = step.outcome().run().conversationId();
        StoredConversation before = new StoredConversation(
                conversations.versioned(conversation),
                conversations.lifecycle(conversation).flatMap(ConversationLifecycle::closedAt));
        StepEffects effects = step.outcome().applyTo(before, limits, late, clock.instant());
        effects.after().ifPresent(after -> conversations.put(conversation, after, clock.instant()));
        effects.statistics().forEach(this::keep);
        runLog.add(effects.run());
        runSteps.put(effects.run().id(), job.firstStep + step.index());
        job.next++;
        switch (step.next()) {
            case NextStep.None none -> {
                job.done = true;
                job.owner = null;
            }
            case NextStep.Here here -> job.runAt = here.dueAt();
            case NextStep.Anyone anyone -> {
                job.runAt = anyone.dueAt();
                job.owner = null;
            }
        }
        return new StepCommitted.Committed(effects.run());
    }

    /** Values given outside a step (the contact-data API); false when the conversation is unknown. */
    synchronized boolean keepAll(ConversationId conversation, List<StatisticsEntry> values) {
        if (conversations.lifecycle(conversation).isEmpty()) {
            return false;
        }
        values.forEach(this::keep);
        return true;
    }

    /** As the PostgreSQL store keeps it: the first value, the last one, or every one; and the daily counts. */
    private void keep(StatisticsEntry entry) {
        List<StatisticsEntry> values = history.computeIfAbsent(
                new StatisticsKey(entry.conversationId(), entry.key()), key -> new ArrayList<>());
        Optional<DailyCount.Kept> before = values.stream()
                .filter(kept -> kept.mode() != HistoryMode.ALL)
                .findFirst()
                .map(kept -> new DailyCount.Kept(
                        DailyCount.searchText(kept.value()), LocalDate.ofInstant(kept.savedAt(), ZoneOffset.UTC)));
        String channel = conversations
                .lifecycle(entry.conversationId())
                .map(ConversationLifecycle::channelType)
                .orElse("");
        DailyCount.of(entry, before, channel)
                .forEach(count -> daily.merge(
                        new DailyCount(count.key(), count.day(), count.channel(), count.value(), 0),
                        count.delta(),
                        Long::sum));
        switch (entry.mode()) {
            case FIRST -> {
                if (values.isEmpty()) {
                    values.add(entry);
                }
            }
            case LAST -> {
                values.removeIf(kept -> kept.mode() != HistoryMode.ALL);
                values.add(entry);
            }
            case ALL -> values.add(entry);
        }
    }

    @Override
    public synchronized void renew(String owner, Collection<Long> jobIds, Duration lease) {
        jobIds.stream()
                .map(jobs::get)
                .filter(job -> job != null && owner.equals(job.owner))
                .forEach(job -> lease(job, owner, lease));
    }

    @Override
    public synchronized void release(String owner, long jobId, Instant runAt) {
        Job job = jobs.get(jobId);
        if (job != null && owner.equals(job.owner)) {
            job.owner = null;
            job.runAt = runAt;
        }
    }

    @Override
    public synchronized int releaseAll(String owner) {
        int released = 0;
        for (Job job : jobs.values()) {
            if (!job.done && owner.equals(job.owner)) {
                job.owner = null;
                released++;
            }
        }
        return released;
    }

    @Override
    public synchronized Optional<Long> retry(UUID runId, Instant runAt) {
        return runLog.find(runId).filter(run -> runSteps.containsKey(runId)).map(run -> {
            Job job = new Job(
                    ++lastJobId, events.get(run.eventId()), List.of(run.integrationId()), runSteps.get(runId), runAt);
            jobs.put(job.id, job);
            return job.id;
        });
    }

    private void lease(Job job, String owner, Duration lease) {
        job.owner = owner;
        job.leaseUntil = clock.instant().plus(lease);
    }
}
