package io.cadbridge.adapters.events;

import static java.util.Objects.requireNonNull;

import io.cadbridge.application.port.in.EventOutcome;
import io.cadbridge.application.port.in.ProcessEventUseCase;
import io.cadbridge.application.port.in.ProcessEventUseCase.ProcessEventCommand;
import io.cadbridge.domain.access.Scope;
import io.cadbridge.domain.access.SigningSecrets;
import io.cadbridge.domain.access.WebhookSignature;
import io.cadbridge.domain.access.WebhookSignature.Headers;
import io.cadbridge.domain.access.WebhookSignature.Verdict;
import io.cadbridge.domain.conversation.ConversationEvent;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;

/**
 * {@code POST /v1/events}: Contact Pro reports a conversation lifecycle event. Every 2xx means the
 * event is committed to the database; when it cannot be, the answer is 503 with Retry-After. A sender
 * whose token has signing secrets signs each event (Standard Webhooks): a missing, wrong or stale
 * signature is a 401 and nothing is stored.
 */
final class EventRoutes implements ApiRoutes {

    static final String PATH = "/v1/events";

    private final ProcessEventUseCase events;
    private final JsonBodies json;
    private final EventMeters meters;
    private final Clock clock;
    private final EventRequestReader reader = new EventRequestReader();
    private final EventOutcomeWriter writer = new EventOutcomeWriter();

    @Inject
    EventRoutes(ProcessEventUseCase events, JsonBodies json, EventMeters meters, Clock clock) {
        this.events = requireNonNull(events, "events is null");
        this.json = requireNonNull(json, "json is null");
        this.meters = requireNonNull(meters, "meters is null");
        this.clock = requireNonNull(clock, "clock is null");
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
        TokenCheck.caller(ctx).signing().ifPresent(secrets -> verifySignature(secrets, ctx));
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

    /** A sender with signing secrets signs every event; the raw body is checked before anything reads it. */
    private void verifySignature(SigningSecrets secrets, Context ctx) {
        Headers headers = new Headers(
                Optional.ofNullable(ctx.header(WebhookSignature.ID_HEADER)),
                Optional.ofNullable(ctx.header(WebhookSignature.TIMESTAMP_HEADER)),
                Optional.ofNullable(ctx.header(WebhookSignature.SIGNATURE_HEADER)));
        if (WebhookSignature.verify(secrets, headers, ctx.bodyAsBytes(), clock.instant())
                instanceof Verdict.Refused refused) {
            meters.signatureRefused(refused.refusal());
            throw new ApiException(ApiError.UNAUTHORIZED, refused.message());
        }
    }
}
