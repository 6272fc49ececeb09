package io.cadbridge.application.port.out;

import io.cadbridge.domain.conversation.ConversationId;
import io.cadbridge.domain.conversation.StatisticsEntry;
import java.util.List;

/** Attached data kept for statistics, reports and history: one value per conversation and key. */
public interface StatisticsStore {

    /** Inserts the entries, replacing an earlier value of the same conversation and key. */
    void save(List<StatisticsEntry> entries);

    List<StatisticsEntry> findByConversation(ConversationId conversationId);
}
