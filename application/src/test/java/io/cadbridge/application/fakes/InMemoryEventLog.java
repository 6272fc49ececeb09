package io.cadbridge.application.fakes;

import io.cadbridge.application.port.out.EventLog;
import io.cadbridge.domain.conversation.ConversationEvent;
import io.cadbridge.domain.conversation.EventId;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemoryEventLog implements EventLog {

    private final Set<EventId> seen = ConcurrentHashMap.newKeySet();

    @Override
    public boolean recordIfNew(ConversationEvent event, Instant receivedAt) {
        return seen.add(event.id());
    }
}
