package io.cadbridge.application.port.in;

import io.cadbridge.domain.conversation.ConversationId;
import io.cadbridge.domain.erasure.ErasureCriterion;

/** A data subject's request to be forgotten, or the removal of one conversation's data. */
public interface EraseDataUseCase {

    /** @return false when no conversation has this id */
    boolean eraseConversation(ConversationId id);

    /** @return how many conversations matched and were erased */
    int erase(ErasureCriterion criterion);
}
