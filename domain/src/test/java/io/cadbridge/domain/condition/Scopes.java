package io.cadbridge.domain.condition;

import io.cadbridge.domain.conversation.AgentRef;
import io.cadbridge.domain.conversation.Contact;
import io.cadbridge.domain.conversation.ConversationEvent;
import io.cadbridge.domain.conversation.QueueRef;
import io.cadbridge.domain.conversation.Skill;
import io.cadbridge.domain.testing.Seed;
import io.cadbridge.json.JsonObject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** Condition scopes for tests: the seed contact, a fixed clock and scripted randomness. */
final class Scopes {

    /** The seed contact was created at 08:44:44.215Z; this clock reads ten minutes and 0.785 s later. */
    static final Instant NOW = Instant.parse("2023-12-29T08:55:45Z");

    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private Scopes() {}

    static Contact seedContact() {
        return Seed.contact("C-1", "chat", "inbound", Optional.of(new QueueRef("Q-1", "sales.queue@acme.com")));
    }

    /** A contact with every property set. */
    static Contact fullContact() {
        Contact seed = seedContact();
        return new Contact(
                seed.id(),
                seed.guid(),
                "chat",
                Optional.of("whatsapp"),
                "inbound",
                seed.created(),
                Optional.of("FI"),
                Optional.of(50L),
                List.of(
                        new Skill("S-1", new BigDecimal("5"), "finnish"),
                        new Skill("S-2", new BigDecimal("2.5"), "vip")),
                seed.queue(),
                Optional.of(new QueueRef("Q-0", "overflow@acme.com")),
                Optional.of(new AgentRef("A-1", "+3581", "aino@acme.com")),
                Optional.of(new AgentRef("A-2", null, "pekka@acme.com")),
                List.of(new AgentRef("A-3", "+3583", null)),
                Optional.empty(),
                seed.source(),
                seed.destination());
    }

    static ConditionScope scope(Contact contact, JsonObject attachedData, RandomSource random) {
        ConversationEvent event = Seed.received("E-1", contact);
        return new ConditionScope(contact, event, attachedData, CLOCK, random);
    }

    static ConditionScope scope() {
        return scope(fullContact(), JsonObject.EMPTY, ScriptedRandom.integers());
    }
}
