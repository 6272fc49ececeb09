package io.cadbridge.adapters.events;

import io.javalin.http.Context;
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

    static ApiException invalid(String name, String problem) {
        return new ApiException(ApiError.INVALID_QUERY_PARAMETER, "query parameter \"" + name + "\" " + problem);
    }
}
