package io.cadbridge.adapters.events;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cadbridge.application.port.in.ReportsUseCase;
import io.cadbridge.application.port.in.ReportsUseCase.DailyCountsOutcome;
import io.cadbridge.domain.access.Scope;
import io.cadbridge.domain.history.ContactLogQuery;
import io.cadbridge.domain.history.DailyCountsQuery;
import io.cadbridge.domain.integration.ChannelType;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * {@code GET /v1/reports/contact-log?from=&to=&channel=&format=csv|json}: Contact Pro's Contact Log,
 * one line per conversation, streamed as it is read (any size in little memory); and
 * {@code GET /v1/reports/extra-data/daily}, the daily counts of a key's values.
 */
final class ReportRoutes implements ApiRoutes {

    static final String CONTACT_LOG = "/v1/reports/contact-log";
    static final String DAILY = "/v1/reports/extra-data/daily";

    private final ReportsUseCase reports;
    private final JsonBodies json;

    @Inject
    ReportRoutes(ReportsUseCase reports, JsonBodies json) {
        this.reports = requireNonNull(reports, "reports is null");
        this.json = requireNonNull(json, "json is null");
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(CONTACT_LOG, this::contactLog, Access.needs(Scope.REPORTS_READ));
        routes.get(DAILY, this::daily, Access.needs(Scope.REPORTS_READ));
    }

    void contactLog(Context ctx) {
        ContactLogQuery query = query(ctx);
        boolean csv = switch (QueryParameters.single(ctx, "format").orElse("csv")) {
            case "csv" -> true;
            case "json" -> false;
            default ->
                throw QueryParameters.invalid(
                        "format", "must be csv or json, not \"" + ctx.queryParam("format") + "\"");
        };
        ctx.status(200);
        if (csv) {
            ctx.contentType("text/csv; charset=utf-8");
            ctx.header("Content-Disposition", "attachment; filename=\"contact-log.csv\"");
        } else {
            ctx.contentType("application/json");
        }
        OutputStream out = ctx.outputStream();
        try (ContactLogWriter writer = csv ? ContactLogWriter.csv(out) : ContactLogWriter.json(out)) {
            reports.contactLog(query, writer);
        }
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("the client stopped reading the contact log", e);
        }
    }

    /** {@code ?key=&from=2026-12-01&to=2026-12-31&channel=}: per day, how many conversations keep each value. */
    private void daily(Context ctx) {
        String key = QueryParameters.single(ctx, "key")
                .filter(text -> !text.isBlank())
                .orElseThrow(
                        () -> QueryParameters.invalid("key", "is required: the statistics key to count the values of"));
        LocalDate from = day(ctx, "from");
        LocalDate to = day(ctx, "to");
        if (from.isAfter(to)) {
            throw QueryParameters.invalid("from", "(" + from + ") is after \"to\" (" + to + ")");
        }
        if (from.plusDays(DailyCountsQuery.MAX_DAYS).isBefore(to.plusDays(1))) {
            throw QueryParameters.invalid(
                    "to",
                    "is more than " + DailyCountsQuery.MAX_DAYS + " days after \"from\"; ask for a year at a time");
        }
        Optional<ChannelType> channel = QueryParameters.channel(ctx);
        switch (reports.dailyCounts(new DailyCountsQuery(key, from, to, channel))) {
            case DailyCountsOutcome.Counted counted -> {
                ObjectNode body = JsonNodeFactory.instance.objectNode().put("key", key);
                ArrayNode days = body.putArray("days");
                counted.days().forEach(day -> {
                    ObjectNode item = days.addObject().put("day", day.day().toString());
                    ObjectNode counts = item.putObject("counts");
                    day.counts().forEach(counts::put);
                });
                json.write(ctx, 200, body);
            }
            case DailyCountsOutcome.UnknownKey unknown ->
                throw QueryParameters.unknownKey(unknown.key(), unknown.keptKeys());
        }
    }

    private static LocalDate day(Context ctx, String name) {
        String text = QueryParameters.single(ctx, name)
                .orElseThrow(() -> QueryParameters.invalid(name, "is required: a day such as 2026-12-01"));
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw QueryParameters.invalid(name, "must be a day such as 2026-12-01, not \"" + text + "\"");
        }
    }

    private static ContactLogQuery query(Context ctx) {
        Optional<Instant> from = QueryParameters.instant(ctx, "from");
        Optional<Instant> to = QueryParameters.instant(ctx, "to");
        if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
            throw QueryParameters.invalid("from", "(" + from.get() + ") is after \"to\" (" + to.get() + ")");
        }
        return new ContactLogQuery(from, to, QueryParameters.channel(ctx));
    }
}
