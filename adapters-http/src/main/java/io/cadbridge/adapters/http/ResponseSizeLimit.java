package io.cadbridge.adapters.http;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Protocol;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Okio;

/**
 * Caps every response body. Done as an interceptor because Retrofit buffers error bodies (4xx/5xx)
 * itself before handing them over; the cap must hold there too. Past the cap the call is cancelled
 * before the body is closed: closing an unfinished body would make OkHttp read on (and discard) for a
 * while to keep the connection, which on a fast link is tens of megabytes. An HTTP/1 body whose
 * {@code Content-Length} is within the cap is handed on as it is: OkHttp reads no further than that length,
 * and counting it again through another buffer cost a third of a CRM call's CPU for a small answer.
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
        long length = body.contentLength();
        if (length > maxBytes) {
            chain.call().cancel();
            response.close();
            throw new ResponseTooLargeException(maxBytes);
        }
        if (length >= 0 && boundByLength(response.protocol())) {
            return response;
        }
        ResponseBody limited = ResponseBody.create(
                Okio.buffer(new SizeLimitedSource(body.source(), maxBytes, chain.call()::cancel)),
                body.contentType(),
                body.contentLength());
        return response.newBuilder().body(limited).build();
    }

    /**
     * Whether OkHttp itself reads no more than a declared {@code Content-Length}: over HTTP/1 a body with a
     * length is read by a fixed-length source that stops there, so a length within the cap needs no counting
     * (a chunked or transparently gunzipped body reports none). Over HTTP/2 nothing relies on the declared length:
     * the body is counted.
     */
    private static boolean boundByLength(Protocol protocol) {
        return protocol == Protocol.HTTP_1_1 || protocol == Protocol.HTTP_1_0;
    }
}
