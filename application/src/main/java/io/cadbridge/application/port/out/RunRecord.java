package io.cadbridge.application.port.out;

import static java.util.Objects.requireNonNull;

import io.cadbridge.domain.conversation.ConversationId;
import io.cadbridge.domain.conversation.EventId;
import io.cadbridge.domain.integration.EventName;
import io.cadbridge.domain.integration.IntegrationId;
import io.cadbridge.domain.run.RunStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalInt;
import java.util.UUID;

/** One stored run: which integration, for which event, how it ended and why. */
public record RunRecord(
        UUID id,
        IntegrationId integrationId,
        EventId eventId,
        EventName eventName,
        ConversationId conversationId,
        RunStatus status,
        String reason,
        OptionalInt httpStatus,
        Duration duration,
        Instant startedAt) {

    public RunRecord {
        requireNonNull(id, "id is null");
        requireNonNull(integrationId, "integrationId is null");
        requireNonNull(eventId, "eventId is null");
        requireNonNull(eventName, "eventName is null");
        requireNonNull(conversationId, "conversationId is null");
        requireNonNull(status, "status is null");
        requireNonNull(reason, "reason is null");
        requireNonNull(httpStatus, "httpStatus is null");
        requireNonNull(duration, "duration is null");
        requireNonNull(startedAt, "startedAt is null");
    }

    /** The same run, failed for {@code why}. */
    public RunRecord failed(String why) {
        return new RunRecord(id, integrationId, eventId, eventName, conversationId, RunStatus.FAILED, why, httpStatus, duration, startedAt);
    }
}
