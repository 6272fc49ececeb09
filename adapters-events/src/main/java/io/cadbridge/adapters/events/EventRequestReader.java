package io.cadbridge.adapters.events;

import com.fasterxml.jackson.databind.JsonNode;
import io.cadbridge.domain.conversation.Contact;
import io.cadbridge.domain.conversation.ConversationEvent;
import io.cadbridge.domain.conversation.EventId;
import io.cadbridge.domain.integration.EventName;
import io.cadbridge.domain.validation.ValidationException;
import io.cadbridge.domain.validation.ValidationProblem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Tolerant reader of a Contact Pro lifecycle event: members it does not know are ignored, because
 * Contact Pro may add properties; the ones it knows are type-checked and every problem is reported.
 */
final class EventRequestReader {

    ConversationEvent read(JsonNode body) {
        List<ValidationProblem> problems = new ArrayList<>();
        JsonFields root = JsonFields.of(body, "", problems).orElseThrow(() -> new ValidationException(problems));
        Optional<JsonFields> event = root.requiredObject("event");
        Optional<EventId> id =
                event.flatMap(fields -> fields.requiredText("id").flatMap(text -> eventId(text, fields)));
        Optional<EventName> name = event.flatMap(fields ->
                fields.requiredText("name").flatMap(text -> NamedValues.event(text, fields.pointerTo("name"), fields)));
        Optional<Instant> datetime = event.flatMap(fields -> fields.requiredText("datetime")
                .flatMap(text -> Timestamps.parse(text, fields.pointerTo("datetime"), fields)));
        Optional<Contact> contact = root.requiredObject("contact").flatMap(ContactReader::read);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return new ConversationEvent(
                id.orElseThrow(), name.orElseThrow(), datetime.orElseThrow(), contact.orElseThrow());
    }

    private static Optional<EventId> eventId(String text, JsonFields fields) {
        if (text.isBlank() || text.length() > EventId.MAX_LENGTH) {
            fields.problem(fields.pointerTo("id"), "must have 1 to " + EventId.MAX_LENGTH + " characters");
            return Optional.empty();
        }
        return Optional.of(new EventId(text));
    }
}
