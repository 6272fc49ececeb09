package io.cadbridge.application.port.in;

import static java.util.Objects.requireNonNull;

import io.cadbridge.domain.conversation.ConversationId;
import io.cadbridge.domain.validation.ValidationProblem;
import io.cadbridge.json.JsonObject;
import java.util.List;
import java.util.Optional;

/**
 * Contact Pro's CMI {@code /contactData}: the values a conversation keeps for statistics, read at
 * any time and updated once the conversation has ended.
 */
public interface ContactDataUseCase {

    /** Each kept key's latest value; empty when no event of the conversation was accepted. */
    Optional<JsonObject> contactData(ConversationId id);

    /** Keeps {@code values} for the conversation, recorded as given by {@code who}, now. */
    UpdateOutcome update(ConversationId id, JsonObject values, String who);

    sealed interface UpdateOutcome {
        record Updated(JsonObject contactData) implements UpdateOutcome {
            public Updated {
                requireNonNull(contactData, "contactData is null");
            }
        }

        record NotFound(ConversationId id) implements UpdateOutcome {}

        /** The conversation is neither Ended nor Closed: its integrations still save its data. */
        record NotEnded(ConversationId id) implements UpdateOutcome {}

        record Invalid(List<ValidationProblem> problems) implements UpdateOutcome {
            public Invalid {
                problems = List.copyOf(problems);
            }
        }
    }
}
