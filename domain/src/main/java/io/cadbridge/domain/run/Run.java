package io.cadbridge.domain.run;

import static java.util.Objects.requireNonNull;

import io.cadbridge.domain.conversation.ConversationEvent;
import io.cadbridge.domain.conversation.ConversationId;
import io.cadbridge.domain.conversation.EventId;
import io.cadbridge.domain.integration.EventName;
import io.cadbridge.domain.integration.IntegrationId;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalInt;
import java.util.UUID;

/**
 * One integration's run for one event: which integration (and its name when it ran), for which
 * event, how it ended and why. The reason is kept as every run log stores it ({@link RunReasons}),
 * so no store can forget to cap it.
 *
 * @param httpStatus the CRM's answer; empty when no CRM answered (not sent, timed out, refused)
 */
public record Run(
        UUID id,
        IntegrationId integrationId,
        String integrationName,
        EventId eventId,
        EventName eventName,
        ConversationId conversationId,
        RunStatus status,
        String reason,
        OptionalInt httpStatus,
        Duration duration,
        Instant startedAt) {

    public Run {
        requireNonNull(id, "id is null");
        requireNonNull(integrationId, "integrationId is null");
        requireNonNull(integrationName, "integrationName is null");
        requireNonNull(eventId, "eventId is null");
        requireNonNull(eventName, "eventName is null");
        requireNonNull(conversationId, "conversationId is null");
        requireNonNull(status, "status is null");
        reason = RunReasons.stored(requireNonNull(reason, "reason is null"));
        requireNonNull(httpStatus, "httpStatus is null");
        requireNonNull(duration, "duration is null");
        requireNonNull(startedAt, "startedAt is null");
    }

    /** A new run (with a new id) of the integration for the event. */
    public static Run of(
            IntegrationId integrationId,
            String integrationName,
            ConversationEvent event,
            RunStatus status,
            String reason,
            OptionalInt httpStatus,
            Duration duration,
            Instant startedAt) {
        return new Run(
                UUID.randomUUID(),
                integrationId,
                integrationName,
                event.id(),
                event.name(),
                event.conversationId(),
                status,
                reason,
                httpStatus,
                duration,
                startedAt);
    }

    /** The same run, failed for {@code why}. */
    public Run failed(String why) {
        return new Run(
                id,
                integrationId,
                integrationName,
                eventId,
                eventName,
                conversationId,
                RunStatus.FAILED,
                why,
                httpStatus,
                duration,
                startedAt);
    }

    /** The same run with another reason. */
    public Run withReason(String why) {
        return new Run(
                id,
                integrationId,
                integrationName,
                eventId,
                eventName,
                conversationId,
                status,
                why,
                httpStatus,
                duration,
                startedAt);
    }
}
