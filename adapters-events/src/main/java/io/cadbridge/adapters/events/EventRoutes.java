package io.cadbridge.adapters.events;

import static java.util.Objects.requireNonNull;

import io.cadbridge.application.port.in.EventOutcome;
import io.cadbridge.application.port.in.ProcessEventUseCase;
import io.cadbridge.application.port.in.ProcessEventUseCase.ProcessEventCommand;
import io.cadbridge.domain.access.Scope;
import io.cadbridge.domain.conversation.ConversationEvent;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import jakarta.inject.Inject;

/**
 * {@code POST /v1/events}: Contact Pro reports a conversation lifecycle event. Every 2xx means the
 * event is committed to the database; when it cannot be, the answer is 503 with Retry-After.
 */
final class EventRoutes implements ApiRoutes {

    static final String PATH = "/v1/events";

    private final ProcessEventUseCase events;
    private final JsonBodies json;
    private final EventMeters meters;
    private final EventRequestReader reader = new EventRequestReader();
    private final EventOutcomeWriter writer = new EventOutcomeWriter();

    @Inject
    EventRoutes(ProcessEventUseCase events, JsonBodies json, EventMeters meters) {
        this.events = requireNonNull(events, "events is null");
        this.json = requireNonNull(json, "json is null");
        this.meters = requireNonNull(meters, "meters is null");
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post(PATH, this::receive, Access.needs(Scope.EVENTS_WRITE));
        // After the error answers too: a refusal by the token check or the reader is counted here.
        routes.after(PATH, ctx -> {
            if (ctx.statusCode() >= 400) {
                meters.refused(ctx.statusCode());
            }
        });
    }

    private void receive(Context ctx) {
        ConversationEvent event = reader.read(json.read(ctx));
        EventOutcome outcome = events.process(new ProcessEventCommand(event));
        // 202: committed, its integrations run after the answer; 200: what was waited for is in the body.
        int status = switch (outcome) {
            case EventOutcome.Accepted accepted -> 202;
            case EventOutcome.Processed processed -> 200;
            case EventOutcome.Duplicate duplicate -> 200;
        };
        json.write(ctx, status, writer.write(outcome));
        meters.answered(outcome, status);
    }
}
