package io.cadbridge.application.port.out.contract;

import static io.cadbridge.application.port.out.contract.ConversationSamples.NOON;
import static org.assertj.core.api.Assertions.assertThat;

import io.cadbridge.application.port.out.EventLog;
import io.cadbridge.domain.conversation.ConversationEvent;
import io.cadbridge.domain.integration.EventName;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link EventLog} does; run against the in-memory fake and the real adapter. */
public abstract class EventLogContract {

    protected EventLog log;

    /** @return a log that has seen no events */
    protected abstract EventLog emptyLog();

    @BeforeEach
    void createLog() {
        log = emptyLog();
    }

    @Test
    void anEventSeenForTheFirstTimeIsNew() {
        assertThat(log.recordIfNew(ConversationSamples.event("event-1", "conversation-1"), NOON)).isTrue();
    }

    @Test
    void anEventIdSeenBeforeIsNotNewEvenWithDifferentContent() {
        ConversationEvent first = ConversationSamples.event("event-1", "conversation-1");
        ConversationEvent redelivered = new ConversationEvent(first.id(), EventName.ENDED, NOON.plusSeconds(60),
                ConversationSamples.contact("conversation-2"));
        log.recordIfNew(first, NOON);

        assertThat(log.recordIfNew(first, NOON.plus(Duration.ofMinutes(1)))).isFalse();
        assertThat(log.recordIfNew(redelivered, NOON)).isFalse();
    }

    @Test
    void differentEventIdsOfOneConversationAreEachNew() {
        assertThat(log.recordIfNew(ConversationSamples.event("event-1", "conversation-1"), NOON)).isTrue();
        assertThat(log.recordIfNew(ConversationSamples.event("event-2", "conversation-1"), NOON)).isTrue();
    }
}
