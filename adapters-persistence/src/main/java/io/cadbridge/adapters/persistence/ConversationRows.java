package io.cadbridge.adapters.persistence;

import io.cadbridge.adapters.persistence.jooq.tables.records.ConversationRecord;
import io.cadbridge.domain.conversation.ConversationId;
import io.cadbridge.domain.history.ConversationSummary;
import java.time.OffsetDateTime;
import java.util.Optional;

/** A conversation row as history lists it: from the table's record, or from its columns read by position. */
final class ConversationRows {

    private ConversationRows() {}

    static ConversationSummary summary(ConversationRecord row) {
        return summary(
                row.getId(),
                row.getChannelType(),
                row.getDirection(),
                row.getQueue(),
                row.getAgent(),
                row.getStartedAt(),
                row.getEndedAt(),
                row.getClosedAt());
    }

    static ConversationSummary summary(
            String id,
            String channelType,
            String direction,
            String queue,
            String agent,
            OffsetDateTime startedAt,
            OffsetDateTime endedAt,
            OffsetDateTime closedAt) {
        return new ConversationSummary(
                new ConversationId(id),
                Optional.ofNullable(channelType),
                Optional.ofNullable(direction),
                Optional.ofNullable(queue),
                Optional.ofNullable(agent),
                Timestamps.instant(startedAt),
                Optional.ofNullable(endedAt).map(Timestamps::instant),
                Optional.ofNullable(closedAt).map(Timestamps::instant));
    }
}
