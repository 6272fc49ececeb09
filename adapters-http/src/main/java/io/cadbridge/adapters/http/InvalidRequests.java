package io.cadbridge.adapters.http;

import io.cadbridge.domain.exchange.OutboundRequest;
import java.util.Map;
import okhttp3.HttpUrl;

/** Says which part of a request HTTP cannot carry, naming the header but never quoting its value. */
final class InvalidRequests {

    private InvalidRequests() {}

    static String describe(OutboundRequest request) {
        if (HttpUrl.parse(request.url()) == null) {
            return "the URL is not a valid http(s) URL";
        }
        for (Map.Entry<String, String> header : request.headers().entrySet()) {
            if (header.getKey().isEmpty() || !isVisibleAscii(header.getKey(), false)) {
                return "a header name is empty or has characters HTTP does not allow";
            }
            if (!isVisibleAscii(header.getValue(), true)) {
                return "the value of header '" + header.getKey()
                        + "' has characters HTTP does not allow (only printable ASCII)";
            }
        }
        return "the request cannot be expressed in HTTP";
    }

    private static boolean isVisibleAscii(String text, boolean allowSpaceAndTab) {
        return text.chars().allMatch(c -> (c > 0x20 && c < 0x7f) || (allowSpaceAndTab && (c == ' ' || c == '\t')));
    }
}
