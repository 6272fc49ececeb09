package io.cadbridge.application.port.in;

import static java.util.Objects.requireNonNull;

import io.cadbridge.domain.conversation.ConversationEvent;

/** Runs the integrations an event triggers and attaches what they fetch to the conversation. */
public interface ProcessEventUseCase {

    EventOutcome process(ProcessEventCommand command);

    record ProcessEventCommand(ConversationEvent event) {
        public ProcessEventCommand {
            requireNonNull(event, "event is null");
        }
    }
}
