package io.cadbridge.adapters.events;

import io.cadbridge.domain.integration.ChannelType;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Query parameters of listings: each may be given at most once, and a value that does not fit is a
 * 400 naming the parameter, never a silent default.
 */
final class QueryParameters {

    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,9}");

    private QueryParameters() {}

    /** The parameter's one value; empty when it is absent. */
    static Optional<String> single(Context ctx, String name) {
        List<String> values = ctx.queryParams(name);
        if (values.size() > 1) {
            throw invalid(name, "must be given once, not " + values.size() + " times");
        }
        return values.stream().findFirst();
    }

    /** {@code limit}: absent means {@code fallback}; otherwise a whole number from 1 to {@code max}, in plain digits. */
    static int limit(Context ctx, int fallback, int max) {
        Optional<String> text = single(ctx, "limit");
        if (text.isEmpty()) {
            return fallback;
        }
        int limit = DIGITS.matcher(text.get()).matches() ? Integer.parseInt(text.get()) : 0;
        if (limit < 1 || limit > max) {
            throw invalid("limit", "must be a whole number from 1 to " + max + ", not \"" + text.get() + "\"");
        }
        return limit;
    }

    /** {@code cursor}: the {@code next} of a page before; the ids behind it are not promised to stay numbers. */
    static Optional<Long> idCursor(Context ctx) {
        return single(ctx, "cursor").map(text -> {
            try {
                long id = Long.parseLong(text);
                if (id > 0) {
                    return id;
                }
            } catch (NumberFormatException e) {
                // Answered below, like a negative one.
            }
            throw invalid("cursor", "must be the \"next\" of a page before, not \"" + text + "\"");
        });
    }

    static ApiException invalid(String name, String problem) {
        return new ApiException(ApiError.INVALID_QUERY_PARAMETER, "query parameter \"" + name + "\" " + problem);
    }

    /** An ISO-8601 date and time with an offset; empty when the parameter is absent. */
    static Optional<Instant> instant(Context ctx, String name) {
        return single(ctx, name).map(text -> {
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException e) {
                throw invalid(
                        name,
                        "must be an ISO-8601 date and time with an offset, such as 2026-12-01T00:00:00Z, not \"" + text
                                + "\"");
            }
        });
    }

    /** {@code channel}: one channel a conversation can be of; empty when absent. */
    static Optional<ChannelType> channel(Context ctx) {
        return single(ctx, "channel")
                .map(text -> ChannelType.fromWireName(text)
                        .filter(type -> type != ChannelType.MULTI_CHANNEL)
                        .orElseThrow(() -> invalid("channel", "must be phone, chat or email, not \"" + text + "\"")));
    }

    /** The 400 for a statistics key no channel keeps. */
    static ApiException unknownKey(String key, List<String> keptKeys) {
        return invalid(
                "key",
                "names \"" + key + "\", which no channel includes in statistics, so nothing is kept for it"
                        + (keptKeys.isEmpty()
                                ? " (no channel keeps any key: PUT /v1/channels/{channelType}/extra-data-settings)"
                                : "; kept keys: " + String.join(", ", keptKeys)));
    }
}
