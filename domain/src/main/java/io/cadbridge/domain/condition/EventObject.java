package io.cadbridge.domain.condition;

import io.cadbridge.domain.conversation.ConversationEvent;
import java.util.Map;

/**
 * The {@code event} object: {@code get_name()} ({@code 'Received'} …), {@code get_datetime()} (ISO 8601 text, as
 * the {@code {event.datetime}} placeholder) and {@code get_id()}. Plain attributes ({@code event.name}) are not
 * offered: Contact Pro documents getters, and one spelling keeps conditions portable.
 */
final class EventObject {

    static final Map<String, Member> MEMBERS = new MemberTable("event")
            .method(
                    "get_name",
                    0,
                    (self, arguments, evaluation) -> event(self).name().displayName())
            .method(
                    "get_datetime",
                    0,
                    (self, arguments, evaluation) -> event(self).datetime().toString())
            .method(
                    "get_id",
                    0,
                    (self, arguments, evaluation) -> event(self).id().value())
            .build();

    private EventObject() {}

    static NativeObject of(ConversationEvent event) {
        return new NativeObject("Event", MEMBERS, event);
    }

    private static ConversationEvent event(Object self) {
        return (ConversationEvent) ((NativeObject) self).state();
    }
}
