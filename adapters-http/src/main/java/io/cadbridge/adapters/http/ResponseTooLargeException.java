package io.cadbridge.adapters.http;

import java.io.IOException;

/** The response body exceeded the configured cap; thrown while streaming, before it is all in memory. */
final class ResponseTooLargeException extends IOException {

    private static final long serialVersionUID = 1L;

    private final long limit;

    ResponseTooLargeException(long limit) {
        super("response body larger than " + ByteSize.describe(limit));
        this.limit = limit;
    }

    long limit() {
        return limit;
    }
}
