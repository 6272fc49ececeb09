package io.cadbridge.application.port.out;

import io.cadbridge.domain.conversation.ConversationEvent;
import java.time.Instant;

/** Remembers which events were accepted, so the same event id is never processed twice. */
public interface EventLog {

    /** @return true when the event is new and is now recorded; false when its id was seen before */
    boolean recordIfNew(ConversationEvent event, Instant receivedAt);
}
