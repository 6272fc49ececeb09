package io.cadbridge.adapters.persistence;

import io.cadbridge.application.port.out.QueuedWork.StepCommit;
import io.cadbridge.application.port.out.QueuedWork.StepCommitted;
import io.cadbridge.domain.conversation.CadLimits;
import io.cadbridge.domain.conversation.LateUpdates;
import io.cadbridge.domain.conversation.StatisticsEntry;
import io.cadbridge.domain.conversation.StoredConversation;
import io.cadbridge.domain.run.StepEffects;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jooq.DSLContext;

/**
 * One transaction's worth of step commits (ADR 0015): each step whose job is still at that step and
 * leased by the committing process advances its job, merges its attached data under its version,
 * keeps its statistics and records its run; a step whose lease was lost commits nothing.
 */
final class JooqStepCommits {

    private final DSLContext tx;
    private final Clock clock;
    private final CadLimits limits;
    private final LateUpdates late;

    JooqStepCommits(DSLContext tx, Clock clock, CadLimits limits, LateUpdates late) {
        this.tx = tx;
        this.clock = clock;
        this.limits = limits;
        this.late = late;
    }

    /**
     * Two round trips before the commit: the jobs still held are locked and advanced and the
     * conversations of the batch locked and read in one (in that order, as before: jobs, then
     * conversations, each in id order); the changed conversations and the runs written in the other.
     */
    List<StepCommitted> commit(List<StepCommit> steps) {
        Set<Long> advanced = new HashSet<>();
        Map<String, StoredConversation> conversations = new HashMap<>();
        Map<String, String> channels = new HashMap<>();
        Set<String> keeping = new HashSet<>();
        Map<StepCommit, StepEffects> effects = ArrayStatements.on(tx, statements -> {
            List<ArrayStatements.Bound> first = new ArrayList<>();
            first.add(statements.indexLookupsOnly());
            first.add(JobAdvances.advance(statements, steps, advanced));
            StepConversations.lock(statements, steps, conversations, channels, keeping)
                    .ifPresent(first::add);
            statements.inOneRoundTrip(first);
            List<StepCommit> held = steps.stream()
                    .filter(step -> advanced.contains(step.jobId()))
                    .toList();
            Map<String, List<StatisticsEntry>> changed = new TreeMap<>();
            Instant now = clock.instant();
            Map<StepCommit, StepEffects> applied = mergeAttachedData(held, conversations, changed, now);
            List<ArrayStatements.Bound> second = new ArrayList<>();
            if (!changed.isEmpty()) {
                second.add(StepConversations.update(statements, changed, conversations, now));
            }
            RunRows.insert(
                            statements,
                            held.stream()
                                    .map(step -> new RunRows.Row(
                                            applied.get(step).run(),
                                            step.jobId(),
                                            step.outcome().version().step()))
                                    .toList())
                    .ifPresent(second::add);
            statements.inOneRoundTrip(second);
            return applied;
        });
        List<StatisticsEntry> statistics = new ArrayList<>();
        steps.stream()
                .filter(effects::containsKey)
                .forEach(step -> statistics.addAll(effects.get(step).statistics()));
        new JooqHistoryValues(tx).keep(statistics, channels, keeping::contains);
        return steps.stream()
                .<StepCommitted>map(step -> effects.containsKey(step)
                        ? new StepCommitted.Committed(effects.get(step).run())
                        : new StepCommitted.LeaseLost())
                .toList();
    }

    /**
     * Applies each held step to its conversation's attached data (in {@code conversations}, as locked),
     * noting into {@code changed} the conversations whose data changed, with their statistics.
     */
    private Map<StepCommit, StepEffects> mergeAttachedData(
            List<StepCommit> held,
            Map<String, StoredConversation> conversations,
            Map<String, List<StatisticsEntry>> changed,
            Instant now) {
        Map<StepCommit, StepEffects> effects = new IdentityHashMap<>();
        // Statistics come only with a change to the attached data: every conversation keeping some is in changed.
        for (StepCommit step : held) {
            String conversation = step.outcome().run().conversationId().value();
            StoredConversation before = conversations.getOrDefault(conversation, StoredConversation.EMPTY);
            StepEffects stepEffects = step.outcome().applyTo(before, limits, late, now);
            stepEffects.after().ifPresent(after -> {
                conversations.put(conversation, new StoredConversation(after, before.closedAt()));
                changed.computeIfAbsent(conversation, id -> new ArrayList<>()).addAll(stepEffects.statistics());
            });
            effects.put(step, stepEffects);
        }
        return effects;
    }
}
