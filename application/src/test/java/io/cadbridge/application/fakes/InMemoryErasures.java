package io.cadbridge.application.fakes;

import static java.util.Objects.requireNonNull;

import io.cadbridge.application.port.out.Erasures;
import io.cadbridge.domain.conversation.ConversationId;
import io.cadbridge.domain.erasure.ErasureCriterion;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Erasure over the in-memory stores, with the PostgreSQL adapter's effects; its audit records are kept in a list. */
public final class InMemoryErasures implements Erasures {

    /** An audit record: no personal data. */
    public record Audit(Instant at, String kind, int conversations) {}

    private final InMemoryConversationStore conversations;
    private final InMemoryWorkQueue queue;
    private final InMemoryRunLog runLog;
    private final List<Audit> audits = new ArrayList<>();

    public InMemoryErasures(InMemoryConversationStore conversations, InMemoryWorkQueue queue, InMemoryRunLog runLog) {
        this.conversations = requireNonNull(conversations, "conversations is null");
        this.queue = requireNonNull(queue, "queue is null");
        this.runLog = requireNonNull(runLog, "runLog is null");
    }

    @Override
    public synchronized int erase(ErasureCriterion criterion, Instant at) {
        Set<ConversationId> ids = switch (criterion) {
            case ErasureCriterion.Conversation one ->
                conversations.find(one.conversationId()).isPresent() ? Set.of(one.conversationId()) : Set.of();
            case ErasureCriterion.ContactSource source -> queue.conversationsFrom(source.source());
            case ErasureCriterion.KeptValue kept -> queue.conversationsKeeping(kept.key(), kept.value());
        };
        queue.erase(ids);
        runLog.erase(ids);
        ids.forEach(conversations::erase);
        audits.add(new Audit(at, criterion.kind(), ids.size()));
        return ids.size();
    }

    public synchronized List<Audit> audits() {
        return List.copyOf(audits);
    }
}
