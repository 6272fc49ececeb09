package io.cadbridge.application.processing;

import static java.util.Objects.requireNonNull;

import io.cadbridge.application.port.in.EventOutcome;
import io.cadbridge.application.port.in.IngestEventsUseCase;
import io.cadbridge.application.port.out.EventInbox;
import io.cadbridge.application.port.out.QueuedWork.Acceptance;
import io.cadbridge.application.port.out.QueuedWork.NewJob;
import io.cadbridge.domain.conversation.ConversationEvent;
import io.cadbridge.domain.integration.Integration;
import io.cadbridge.domain.integration.IntegrationId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A stream's batch: each event with a job for the integrations it triggers (as
 * {@link ProcessEventService} chooses them), due after the first one's delay and leased by nobody,
 * so whichever process has room claims it; all of them, the records that held no event, and the
 * positions in one commit.
 */
final class IngestEventsService implements IngestEventsUseCase {

    private final IntegrationSnapshot integrations;
    private final StepTiming timing;
    private final EventInbox inbox;

    IngestEventsService(IntegrationSnapshot integrations, StepTiming timing, EventInbox inbox) {
        this.integrations = requireNonNull(integrations, "integrations is null");
        this.timing = requireNonNull(timing, "timing is null");
        this.inbox = requireNonNull(inbox, "inbox is null");
    }

    @Override
    public List<EventOutcome> ingest(IngestCommand command) {
        List<NewJob> jobs = new ArrayList<>(command.events().size());
        for (ConversationEvent event : command.events()) {
            List<IntegrationId> ids = ProcessEventService.triggeredBy(integrations, event).stream()
                    .map(Integration::id)
                    .toList();
            jobs.add(new NewJob(event, ids, timing.firstDue(ids), Optional.empty()));
        }
        List<Acceptance> acceptances = inbox.accept(jobs, command.rejected(), command.positions());
        List<EventOutcome> outcomes = new ArrayList<>(jobs.size());
        for (int i = 0; i < jobs.size(); i++) {
            NewJob job = jobs.get(i);
            ConversationEvent event = job.event();
            outcomes.add(
                    switch (acceptances.get(i)) {
                        case Acceptance.Accepted accepted ->
                            new EventOutcome.Accepted(event.id(), event.conversationId(), job.integrations());
                        case Acceptance.Duplicate duplicate ->
                            new EventOutcome.Duplicate(event.id(), event.conversationId());
                    });
        }
        return outcomes;
    }

    @Override
    public Map<Integer, Long> positions(String stream) {
        return inbox.positions(stream);
    }

    @Override
    public long queuedJobs() {
        return inbox.queuedJobs();
    }
}
