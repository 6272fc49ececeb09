package io.cadbridge.application.fakes;

import io.cadbridge.application.port.out.EventInbox;
import io.cadbridge.application.port.out.contract.ConversationSamples;
import io.cadbridge.application.port.out.contract.EventInboxContract;
import java.time.Clock;
import java.time.ZoneOffset;

class InMemoryEventInboxTest extends EventInboxContract {

    @Override
    protected EventInbox emptyInbox() {
        return new InMemoryWorld(Clock.fixed(ConversationSamples.NOON, ZoneOffset.UTC)).inbox;
    }
}
