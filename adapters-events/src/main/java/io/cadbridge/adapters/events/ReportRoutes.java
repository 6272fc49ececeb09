package io.cadbridge.adapters.events;

import static java.util.Objects.requireNonNull;

import io.cadbridge.application.port.in.ReportsUseCase;
import io.cadbridge.domain.history.ContactLogQuery;
import io.cadbridge.domain.integration.ChannelType;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * {@code GET /v1/reports/contact-log?from=&to=&channel=&format=csv|json}: Contact Pro's Contact Log,
 * one line per conversation, streamed as it is read (any size in little memory).
 */
final class ReportRoutes implements ApiRoutes {

    static final String CONTACT_LOG = "/v1/reports/contact-log";

    private final ReportsUseCase reports;

    @Inject
    ReportRoutes(ReportsUseCase reports) {
        this.reports = requireNonNull(reports, "reports is null");
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(CONTACT_LOG, this::contactLog);
    }

    private void contactLog(Context ctx) {
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

    private static ContactLogQuery query(Context ctx) {
        Optional<Instant> from = instant(ctx, "from");
        Optional<Instant> to = instant(ctx, "to");
        if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
            throw QueryParameters.invalid("from", "(" + from.get() + ") is after \"to\" (" + to.get() + ")");
        }
        Optional<ChannelType> channel = QueryParameters.single(ctx, "channel")
                .map(text -> ChannelType.fromWireName(text)
                        .filter(type -> type != ChannelType.MULTI_CHANNEL)
                        .orElseThrow(() -> QueryParameters.invalid(
                                "channel", "must be phone, chat or email, not \"" + text + "\"")));
        return new ContactLogQuery(from, to, channel);
    }

    static Optional<Instant> instant(Context ctx, String name) {
        return QueryParameters.single(ctx, name).map(text -> {
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException e) {
                throw QueryParameters.invalid(
                        name,
                        "must be an ISO-8601 date and time with an offset, such as 2026-12-01T00:00:00Z, not \"" + text
                                + "\"");
            }
        });
    }
}
