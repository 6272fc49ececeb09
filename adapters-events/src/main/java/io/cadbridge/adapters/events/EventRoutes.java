package io.cadbridge.adapters.events;

import static java.util.Objects.requireNonNull;

import io.cadbridge.application.port.in.ProcessEventUseCase;
import io.cadbridge.application.port.in.ProcessEventUseCase.ProcessEventCommand;
import io.cadbridge.domain.conversation.ConversationEvent;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** {@code POST /v1/events}: Contact Pro reports a conversation lifecycle event. */
final class EventRoutes {

    private final ProcessEventUseCase events;
    private final JsonBodies json;
    private final EventRequestReader reader = new EventRequestReader();
    private final EventOutcomeWriter writer = new EventOutcomeWriter();

    EventRoutes(ProcessEventUseCase events, JsonBodies json) {
        this.events = requireNonNull(events, "events is null");
        this.json = requireNonNull(json, "json is null");
    }

    void register(RoutesConfig routes) {
        routes.post("/v1/events", this::receive);
    }

    private void receive(Context ctx) {
        ConversationEvent event = reader.read(json.read(ctx));
        json.write(ctx, 200, writer.write(events.process(new ProcessEventCommand(event))));
    }
}
