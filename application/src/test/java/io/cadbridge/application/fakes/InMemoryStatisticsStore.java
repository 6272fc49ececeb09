package io.cadbridge.application.fakes;

import io.cadbridge.application.port.out.StatisticsStore;
import io.cadbridge.domain.conversation.ConversationId;
import io.cadbridge.domain.conversation.StatisticsEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

public final class InMemoryStatisticsStore implements StatisticsStore {

    private final Map<String, StatisticsEntry> entries = new LinkedHashMap<>();

    @Override
    public synchronized void save(List<StatisticsEntry> newEntries) {
        newEntries.forEach(entry -> entries.put(entry.conversationId().value() + "\u0000" + entry.key(), entry));
    }

    @Override
    public synchronized List<StatisticsEntry> findByConversation(ConversationId conversationId) {
        List<StatisticsEntry> found = new ArrayList<>();
        entries.values().stream().filter(entry -> entry.conversationId().equals(conversationId)).forEach(found::add);
        found.sort(Comparator.comparing(StatisticsEntry::key));
        return found;
    }
}
