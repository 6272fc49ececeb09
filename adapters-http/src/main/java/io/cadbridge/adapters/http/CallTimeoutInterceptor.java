package io.cadbridge.adapters.http;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import okhttp3.Interceptor;
import okhttp3.Response;

/** Applies each call's {@link CallTimeout}, so one shared client serves integrations with different timeouts. */
final class CallTimeoutInterceptor implements Interceptor {

    @Override
    public Response intercept(Chain chain) throws IOException {
        CallTimeout timeout = chain.request().tag(CallTimeout.class);
        if (timeout == null) {
            return chain.proceed(chain.request());
        }
        int millis = timeout.millis();
        return chain.withConnectTimeout(millis, TimeUnit.MILLISECONDS)
                .withReadTimeout(millis, TimeUnit.MILLISECONDS)
                .withWriteTimeout(millis, TimeUnit.MILLISECONDS)
                .proceed(chain.request());
    }
}
