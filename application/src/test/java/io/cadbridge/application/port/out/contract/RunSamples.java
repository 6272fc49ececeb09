package io.cadbridge.application.port.out.contract;

import io.cadbridge.domain.conversation.ConversationId;
import io.cadbridge.domain.conversation.EventId;
import io.cadbridge.domain.integration.EventName;
import io.cadbridge.domain.integration.IntegrationId;
import io.cadbridge.domain.run.Run;
import io.cadbridge.domain.run.RunStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalInt;
import java.util.UUID;

/** Runs as the event processing records them, for the run log contract and its callers' tests. */
public final class RunSamples {

    private RunSamples() {}

    /** A successful run; its values are kept exactly by every run log (whole microseconds). */
    public static Run succeeded(IntegrationId integration, Instant startedAt) {
        return succeeded(UUID.randomUUID(), integration, startedAt);
    }

    public static Run succeeded(UUID id, IntegrationId integration, Instant startedAt) {
        return new Run(
                id,
                integration,
                "Fetch customer",
                new EventId("event-" + id),
                EventName.RECEIVED,
                new ConversationId("conversation-1"),
                RunStatus.SUCCEEDED,
                "saved customer_data",
                OptionalInt.of(200),
                Duration.ofNanos(41_250_000),
                startedAt);
    }

    /** The same run with another reason. */
    public static Run withReason(Run run, String reason) {
        return new Run(
                run.id(),
                run.integrationId(),
                run.integrationName(),
                run.eventId(),
                run.eventName(),
                run.conversationId(),
                run.status(),
                reason,
                run.httpStatus(),
                run.duration(),
                run.startedAt());
    }
}
