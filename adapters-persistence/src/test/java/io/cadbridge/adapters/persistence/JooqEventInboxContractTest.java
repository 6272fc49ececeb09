package io.cadbridge.adapters.persistence;

import io.cadbridge.application.port.out.EventInbox;
import io.cadbridge.application.port.out.contract.ConversationSamples;
import io.cadbridge.application.port.out.contract.EventInboxContract;
import java.time.Clock;
import java.time.ZoneOffset;
import org.junit.jupiter.api.extension.RegisterExtension;

class JooqEventInboxContractTest extends EventInboxContract {

    @RegisterExtension
    static final PostgresSchema DATABASE = new PostgresSchema();

    @Override
    protected EventInbox emptyInbox() {
        DATABASE.clear();
        return JooqEventInboxTest.inbox(DATABASE, Clock.fixed(ConversationSamples.NOON, ZoneOffset.UTC));
    }
}
