package io.cadbridge.adapters.http;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Okio;

/**
 * Caps every response body. Done as an interceptor because Retrofit buffers error bodies (4xx/5xx)
 * itself before handing them over; the cap must hold there too. Past the cap the call is cancelled
 * before the body is closed: closing an unfinished body would make OkHttp read on (and discard) for a
 * while to keep the connection, which on a fast link is tens of megabytes.
 */
final class ResponseSizeLimit implements Interceptor {

    private final long maxBytes;

    ResponseSizeLimit(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Response response = chain.proceed(chain.request());
        ResponseBody body = response.body();
        if (body.contentLength() > maxBytes) {
            chain.call().cancel();
            response.close();
            throw new ResponseTooLargeException(maxBytes);
        }
        ResponseBody limited = ResponseBody.create(
                Okio.buffer(new SizeLimitedSource(body.source(), maxBytes, chain.call()::cancel)),
                body.contentType(),
                body.contentLength());
        return response.newBuilder().body(limited).build();
    }
}
