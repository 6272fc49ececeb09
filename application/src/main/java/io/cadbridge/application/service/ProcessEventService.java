package io.cadbridge.application.service;

import static java.util.Objects.requireNonNull;

import io.cadbridge.application.port.in.EventOutcome;
import io.cadbridge.application.port.in.ProcessEventUseCase;
import io.cadbridge.application.port.in.RunReport;
import io.cadbridge.application.port.out.ConversationStore;
import io.cadbridge.application.port.out.IntegrationRepository;
import io.cadbridge.application.port.out.QueuedWork.Acceptance;
import io.cadbridge.application.port.out.QueuedWork.ClaimedJob;
import io.cadbridge.application.port.out.QueuedWork.NewJob;
import io.cadbridge.application.port.out.WorkQueue;
import io.cadbridge.domain.conversation.AttachedData;
import io.cadbridge.domain.conversation.Conversation;
import io.cadbridge.domain.conversation.ConversationEvent;
import io.cadbridge.domain.integration.Integration;
import io.cadbridge.domain.integration.IntegrationId;
import io.cadbridge.domain.routing.RoutingDecision;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Fetch and attach, durably. The event and a job for its triggered integrations (at most three, in
 * ordinal order) are committed before anything runs. When one of them must be waited for
 * ({@code block: true} or a {@code set}), the answer runs the job up to it; everything else runs from
 * the queue: at once on this process when it has room, otherwise by whichever process claims it.
 */
public final class ProcessEventService implements ProcessEventUseCase {

    /** Contact Pro triggers at most three integrations for the same conversations. */
    static final int MAX_INTEGRATIONS_PER_EVENT = 3;

    private final IntegrationRepository integrations;
    private final ConversationStore conversations;
    private final GroupCommit<NewJob, Acceptance> accepts;
    private final WorkQueue queue;
    private final JobSteps steps;
    private final JobWorker worker;
    private final Clock clock;

    public ProcessEventService(IntegrationRepository integrations, ConversationStore conversations, GroupCommit<NewJob, Acceptance> accepts,
            WorkQueue queue, JobSteps steps, JobWorker worker, Clock clock) {
        this.integrations = requireNonNull(integrations, "integrations is null");
        this.conversations = requireNonNull(conversations, "conversations is null");
        this.accepts = requireNonNull(accepts, "accepts is null");
        this.queue = requireNonNull(queue, "queue is null");
        this.steps = requireNonNull(steps, "steps is null");
        this.worker = requireNonNull(worker, "worker is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    @Override
    public EventOutcome process(ProcessEventCommand command) {
        ConversationEvent event = command.event();
        List<Integration> triggered = triggeredBy(event);
        List<IntegrationId> ids = triggered.stream().map(Integration::id).toList();
        int waitFor = IntStream.range(0, triggered.size()).filter(i -> triggered.get(i).mustBlock()).max().orElse(-1) + 1;
        return waitFor == 0 ? accept(event, ids) : acceptAndWait(event, ids, waitFor);
    }

    /** Nothing to wait for: commit, start the job here when it is due now and there is room, answer. */
    private EventOutcome accept(ConversationEvent event, List<IntegrationId> ids) {
        Duration firstDelay = ids.isEmpty() ? Duration.ZERO : steps.delayOf(ids.getFirst());
        boolean here = !ids.isEmpty() && firstDelay.isZero() && worker.tryReserve();
        Acceptance acceptance;
        try {
            acceptance = accepts.submit(new NewJob(event, ids, clock.instant().plus(firstDelay),
                    here ? Optional.of(worker.owner()) : Optional.empty()));
        } catch (RuntimeException e) {
            if (here) {
                worker.unreserve();
            }
            throw e;
        }
        if (!(acceptance instanceof Acceptance.Accepted accepted)) {
            if (here) {
                worker.unreserve();
            }
            return new EventOutcome.Duplicate(event.id(), event.conversationId());
        }
        if (here) {
            worker.run(new ClaimedJob(accepted.jobId(), event, accepted.eventSequence(), ids, 0, 0));
        }
        return new EventOutcome.Accepted(event.id(), event.conversationId(), ids);
    }

    /** Commit, then run the job up to the last integration that must be waited for, and answer with the results. */
    private EventOutcome acceptAndWait(ConversationEvent event, List<IntegrationId> ids, int waitFor) {
        Acceptance acceptance = accepts.submit(new NewJob(event, ids, clock.instant(), Optional.of(worker.owner())));
        if (!(acceptance instanceof Acceptance.Accepted accepted)) {
            return new EventOutcome.Duplicate(event.id(), event.conversationId());
        }
        ClaimedJob job = new ClaimedJob(accepted.jobId(), event, accepted.eventSequence(), ids, 0, 0);
        List<RunReport> reports = new ArrayList<>();
        RoutingDecision routing = RoutingDecision.NONE;
        JobSteps.StepDone last = null;
        worker.hold(job.jobId());
        try {
            for (int index = 0; index < waitFor; index++) {
                if (index > 0) {
                    job = job.advanced();
                }
                last = steps.run(job, worker.owner(), true, index + 1 < waitFor);
                reports.add(last.report());
                if (last.leaseLost()) {
                    break;
                }
                routing = routing.withFirstOf(last.result().set());
                if (last.next().isEmpty()) {
                    break;
                }
            }
        } finally {
            worker.forget(job.jobId());
        }
        if (!last.leaseLost() && last.next().isPresent()) {
            continueLater(job.advanced(), last);
        }
        AttachedData attachedData = conversations.find(event.conversationId()).map(Conversation::attachedData).orElse(AttachedData.EMPTY);
        return new EventOutcome.Processed(event.id(), event.conversationId(), attachedData, routing, reports, ids.subList(waitFor, ids.size()));
    }

    /** The rest of the job: here when it is due now and there is room, else from the queue. */
    private void continueLater(ClaimedJob job, JobSteps.StepDone done) {
        if (!done.keptLease()) {
            worker.wakeUp();
        } else if (worker.tryReserve()) {
            worker.run(job);
        } else {
            queue.release(worker.owner(), job.jobId(), done.next().orElseThrow());
            worker.wakeUp();
        }
    }

    private List<Integration> triggeredBy(ConversationEvent event) {
        return integrations.findAll().stream()
                .filter(integration -> integration.triggerFor(event).triggered())
                .sorted(Comparator.comparingInt(Integration::ordinal).thenComparing(Integration::name))
                .limit(MAX_INTEGRATIONS_PER_EVENT)
                .toList();
    }
}
