package io.cadbridge.adapters.events;

import static java.util.Objects.requireNonNull;

import io.cadbridge.application.port.in.ReadHistoryUseCase;
import io.cadbridge.application.port.in.ReadHistoryUseCase.SearchOutcome;
import io.cadbridge.domain.access.Scope;
import io.cadbridge.domain.conversation.ConversationId;
import io.cadbridge.domain.history.HistoryCursor;
import io.cadbridge.domain.history.HistorySearch;
import io.cadbridge.domain.history.ValueMatch;
import io.cadbridge.domain.integration.ChannelType;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;

/**
 * The History view: {@code GET /v1/history/conversations?key=&value=} (or {@code &prefix=}) with
 * {@code from}, {@code to}, {@code channel}, {@code queue}, {@code limit}, {@code cursor};
 * {@code GET /v1/history/conversations/{id}} for one conversation's record, values, events and runs.
 */
final class HistoryRoutes implements ApiRoutes {

    static final String COLLECTION = "/v1/history/conversations";
    private static final int DEFAULT_LIMIT = 50;

    private final ReadHistoryUseCase history;
    private final JsonBodies json;
    private final HistoryWriter writer = new HistoryWriter();

    @Inject
    HistoryRoutes(ReadHistoryUseCase history, JsonBodies json) {
        this.history = requireNonNull(history, "history is null");
        this.json = requireNonNull(json, "json is null");
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(COLLECTION, this::search, Access.needs(Scope.REPORTS_READ));
        routes.get(COLLECTION + "/{id}", this::conversation, Access.needs(Scope.REPORTS_READ));
    }

    private void search(Context ctx) {
        HistorySearch search = searchOf(ctx);
        switch (history.search(search)) {
            case SearchOutcome.Found found -> json.write(ctx, 200, writer.write(found.page()));
            case SearchOutcome.UnknownKey unknown ->
                throw QueryParameters.unknownKey(unknown.key(), unknown.keptKeys());
        }
    }

    private void conversation(Context ctx) {
        ConversationId id = PathParameters.conversationId(ctx, "id");
        json.write(
                ctx,
                200,
                writer.write(history.conversation(id)
                        .orElseThrow(() -> new ApiException(
                                ApiError.NOT_FOUND, "no conversation \"" + id.value() + "\" is in history"))));
    }

    static HistorySearch searchOf(Context ctx) {
        String key = QueryParameters.single(ctx, "key")
                .filter(text -> !text.isBlank())
                .orElseThrow(() -> QueryParameters.invalid("key", "is required: the statistics key to search by"));
        Optional<String> value = QueryParameters.single(ctx, "value");
        Optional<String> prefix = QueryParameters.single(ctx, "prefix");
        if (value.isPresent() == prefix.isPresent()) {
            throw QueryParameters.invalid(
                    value.isPresent() ? "prefix" : "value",
                    "or \"prefix\": give exactly one (value matches exactly, prefix the beginning)");
        }
        if (prefix.isPresent() && prefix.get().isEmpty()) {
            throw QueryParameters.invalid("prefix", "must not be empty");
        }
        ValueMatch match =
                value.<ValueMatch>map(ValueMatch.Exact::new).orElseGet(() -> new ValueMatch.Prefix(prefix.get()));
        Optional<Instant> from = QueryParameters.instant(ctx, "from");
        Optional<Instant> to = QueryParameters.instant(ctx, "to");
        if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
            throw QueryParameters.invalid("from", "(" + from.get() + ") is after \"to\" (" + to.get() + ")");
        }
        Optional<ChannelType> channel = QueryParameters.channel(ctx);
        Optional<String> queue = QueryParameters.single(ctx, "queue");
        int limit = QueryParameters.limit(ctx, DEFAULT_LIMIT, HistorySearch.MAX_LIMIT);
        Optional<HistoryCursor> cursor = QueryParameters.single(ctx, "cursor")
                .map(text -> HistoryCursors.read(text)
                        .orElseThrow(() -> QueryParameters.invalid(
                                "cursor",
                                "is not one this service gave out (altered or cut?); start again without it")));
        return new HistorySearch(key, match, from, to, channel, queue, limit, cursor);
    }
}
