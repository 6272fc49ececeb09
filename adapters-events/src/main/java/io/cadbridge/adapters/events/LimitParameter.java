package io.cadbridge.adapters.events;

import io.javalin.http.Context;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The {@code limit} query parameter of a listing: absent means the default; otherwise one whole number
 * in range, written as plain digits. Anything else is a 400 naming the parameter, never a silent default.
 */
final class LimitParameter {

    private static final String NAME = "limit";
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,9}");

    private LimitParameter() {
    }

    static int read(Context ctx, int fallback, int max) {
        List<String> values = ctx.queryParams(NAME);
        if (values.isEmpty()) {
            return fallback;
        }
        if (values.size() > 1) {
            throw invalid("must be given once, not " + values.size() + " times");
        }
        String text = values.getFirst();
        int limit = DIGITS.matcher(text).matches() ? Integer.parseInt(text) : 0;
        if (limit < 1 || limit > max) {
            throw invalid("must be a whole number from 1 to " + max + ", not \"" + text + "\"");
        }
        return limit;
    }

    private static ApiException invalid(String problem) {
        return new ApiException(ApiError.INVALID_QUERY_PARAMETER, "query parameter \"" + NAME + "\" " + problem);
    }
}
