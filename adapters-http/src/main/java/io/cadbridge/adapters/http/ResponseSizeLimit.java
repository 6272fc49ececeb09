package io.cadbridge.adapters.http;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Okio;

/**
 * Caps every response body. Done as an interceptor because Retrofit buffers error bodies (4xx/5xx)
 * itself before handing them over; the cap must hold there too.
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
            response.close();
            throw new ResponseTooLargeException(maxBytes);
        }
        ResponseBody limited = ResponseBody.create(
                Okio.buffer(new SizeLimitedSource(body.source(), maxBytes)), body.contentType(), body.contentLength());
        return response.newBuilder().body(limited).build();
    }
}
