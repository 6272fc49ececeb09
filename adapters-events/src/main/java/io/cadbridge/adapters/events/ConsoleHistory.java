package io.cadbridge.adapters.events;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import io.cadbridge.application.port.in.ReadHistoryUseCase;
import io.cadbridge.application.port.in.ReadHistoryUseCase.SearchOutcome;
import io.cadbridge.domain.conversation.ConversationId;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The console's History view: search conversations by a kept value (exact or prefix, in a time window),
 * open one conversation's record, and download the Contact Log — the same queries as
 * {@code /v1/history} and {@code /v1/reports/contact-log}, with the session instead of a bearer token.
 */
final class ConsoleHistory implements ApiRoutes {

    private final ReadHistoryUseCase history;
    private final ReportRoutes reports;
    private final ConsolePages console;
    private final HistoryWriter writer = new HistoryWriter();

    @Inject
    ConsoleHistory(ReadHistoryUseCase history, ReportRoutes reports, ConsolePages console) {
        this.history = requireNonNull(history, "history is null");
        this.reports = requireNonNull(reports, "reports is null");
        this.console = requireNonNull(console, "console is null");
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/console/history", this::search, Access.CONSOLE);
        routes.get("/console/history/{id}", this::conversation, Access.CONSOLE);
        routes.get("/console/reports/contact-log", reports::contactLog, Access.CONSOLE);
    }

    private void search(Context ctx) {
        Map<String, Object> model = new LinkedHashMap<>();
        for (String parameter : List.of("key", "value", "prefix", "from", "to")) {
            model.put(parameter, Optional.ofNullable(ctx.queryParam(parameter)).orElse(""));
        }
        List<List<String>> rows = new ArrayList<>();
        String problem = "";
        String next = "";
        if (ctx.queryParam("key") != null) {
            try {
                switch (history.search(HistoryRoutes.searchOf(ctx))) {
                    case SearchOutcome.Found found -> {
                        JsonNode page = writer.write(found.page());
                        for (JsonNode conversation : page.get("conversations")) {
                            rows.add(List.of(
                                    conversation.path("conversationId").asText(),
                                    conversation.path("channelType").asText(""),
                                    conversation.path("startedAt").asText(""),
                                    conversation.path("extraData").toString()));
                        }
                        next = page.path("nextCursor").isTextual()
                                ? nextPage(ctx, page.get("nextCursor").asText())
                                : "";
                    }
                    case SearchOutcome.UnknownKey unknown ->
                        problem = QueryParameters.unknownKey(unknown.key(), unknown.keptKeys())
                                .getMessage();
                }
            } catch (ApiException e) {
                problem = e.getMessage();
            }
        }
        model.put("rows", rows);
        model.put("problem", problem);
        model.put("next", next);
        console.page(ctx, problem.isEmpty() ? 200 : 400, "History", "console/history.jte", model);
    }

    /** This search's link with the next page's cursor. */
    private static String nextPage(Context ctx, String cursor) {
        StringBuilder url = new StringBuilder("/console/history?");
        for (String parameter : List.of("key", "value", "prefix", "from", "to")) {
            Optional.ofNullable(ctx.queryParam(parameter))
                    .filter(value -> !value.isEmpty())
                    .ifPresent(value -> url.append(parameter)
                            .append('=')
                            .append(URLEncoder.encode(value, StandardCharsets.UTF_8))
                            .append('&'));
        }
        return url.append("cursor=")
                .append(URLEncoder.encode(cursor, StandardCharsets.UTF_8))
                .toString();
    }

    private void conversation(Context ctx) {
        ConversationId id = PathParameters.conversationId(ctx, "id");
        String record = history.conversation(id)
                .map(found -> ConsolePages.pretty(writer.write(found)))
                .orElse("");
        console.page(
                ctx,
                record.isEmpty() ? 404 : 200,
                "Conversation " + id.value(),
                "console/conversation.jte",
                Map.of("record", record));
    }
}
