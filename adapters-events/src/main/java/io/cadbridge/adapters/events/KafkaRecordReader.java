package io.cadbridge.adapters.events;

import static java.util.Objects.requireNonNull;

import io.cadbridge.domain.conversation.ConversationEvent;
import io.cadbridge.domain.validation.ValidationException;
import io.cadbridge.domain.validation.ValidationProblem;
import java.util.List;

/** A record's value read as the webhook reads a request body: the same JSON rules, the same event reader. */
final class KafkaRecordReader {

    /** What a record held: an event, or why it is not one (each problem at its JSON pointer). */
    sealed interface Read {
        record Event(ConversationEvent event) implements Read {
            public Event {
                requireNonNull(event, "event is null");
            }
        }

        record Refused(List<ValidationProblem> problems) implements Read {
            public Refused {
                problems = List.copyOf(requireNonNull(problems, "problems is null"));
            }
        }
    }

    private final JsonBodies json;
    private final EventRequestReader events = new EventRequestReader();

    KafkaRecordReader(JsonBodies json) {
        this.json = requireNonNull(json, "json is null");
    }

    Read read(byte[] value) {
        if (value == null) {
            return new Read.Refused(List.of(new ValidationProblem("", "the record has no value (a tombstone)")));
        }
        try {
            return new Read.Event(events.read(json.read(value)));
        } catch (ApiException e) {
            return new Read.Refused(List.of(new ValidationProblem("", e.getMessage())));
        } catch (ValidationException e) {
            return new Read.Refused(e.problems());
        }
    }
}
