package io.cadbridge.domain.erasure;

import static java.util.Objects.requireNonNull;

import io.cadbridge.domain.conversation.ConversationId;

/** Whose data an erasure removes: one conversation, every conversation of a caller, or of a kept value. */
public sealed interface ErasureCriterion {

    /** What the audit record says was asked, without the personal data itself. */
    String kind();

    record Conversation(ConversationId conversationId) implements ErasureCriterion {
        public Conversation {
            requireNonNull(conversationId, "conversationId is null");
        }

        @Override
        public String kind() {
            return "conversation";
        }
    }

    /** Every conversation whose contact came from this address ({@code contact.source}: a phone number, an e-mail address, …). */
    record ContactSource(String source) implements ErasureCriterion {
        public ContactSource {
            requireNonNull(source, "source is null");
            if (source.isBlank()) {
                throw new IllegalArgumentException("a contact source is not blank");
            }
        }

        @Override
        public String kind() {
            return "contactSource";
        }
    }

    /** Every conversation that kept this value of this key for statistics (a customer id, say). */
    record KeptValue(String key, String value) implements ErasureCriterion {
        public KeptValue {
            requireNonNull(key, "key is null");
            requireNonNull(value, "value is null");
            if (key.isBlank()) {
                throw new IllegalArgumentException("a key is not blank");
            }
        }

        @Override
        public String kind() {
            return "keptValue";
        }
    }
}
