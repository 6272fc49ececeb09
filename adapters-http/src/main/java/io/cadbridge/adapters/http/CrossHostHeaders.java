package io.cadbridge.adapters.http;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * A redirect to another host must not carry the integration's headers there: OkHttp drops
 * {@code Authorization} on its own, but an {@code x-api-key} from {@code {authentications.api-key}}
 * would follow. On a hop to a host other than the one called, every header the call was made with
 * is removed, except the harmless content-negotiation ones.
 */
final class CrossHostHeaders implements Interceptor {

    private static final Set<String> KEPT = Set.of("accept", "accept-language", "content-type", "user-agent");

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        Request original = chain.call().request();
        if (request.url().host().equalsIgnoreCase(original.url().host())) {
            return chain.proceed(request);
        }
        Request.Builder stripped = request.newBuilder();
        for (String name : original.headers().names()) {
            if (!KEPT.contains(name.toLowerCase(Locale.ROOT))) {
                stripped.removeHeader(name);
            }
        }
        return chain.proceed(stripped.build());
    }
}
