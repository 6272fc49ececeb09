package io.cadbridge.application.administration;

import static java.util.Objects.requireNonNull;

import io.cadbridge.application.port.in.EraseDataUseCase;
import io.cadbridge.application.port.out.Erasures;
import io.cadbridge.domain.conversation.ConversationId;
import io.cadbridge.domain.erasure.ErasureCriterion;
import java.time.Clock;

/** Erasures, timed by the service's clock. */
public final class ErasureService implements EraseDataUseCase {

    private final Erasures erasures;
    private final Clock clock;

    public ErasureService(Erasures erasures, Clock clock) {
        this.erasures = requireNonNull(erasures, "erasures is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    @Override
    public boolean eraseConversation(ConversationId id) {
        return erasures.erase(new ErasureCriterion.Conversation(id), clock.instant()) > 0;
    }

    @Override
    public int erase(ErasureCriterion criterion) {
        return erasures.erase(requireNonNull(criterion, "criterion is null"), clock.instant());
    }
}
