package io.cadbridge.adapters.http;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.OkHttpClient;
import retrofit2.Retrofit;

/** A Retrofit {@link CrmService} per OkHttp client: the one {@link ConnectionClients} gives for a call's options. */
final class CrmServices {

    /** Retrofit needs a base URL, but every call passes its full URL with {@code @Url}, which replaces it. */
    private static final String UNUSED_BASE_URL = "http://localhost/";

    private final ConnectionClients clients;
    /** By identity: a client per options and connection pool. */
    private final Map<OkHttpClient, CrmService> services = new ConcurrentHashMap<>();

    CrmServices(ConnectionClients clients) {
        this.clients = requireNonNull(clients, "clients is null");
    }

    CrmService of(ConnectionOptions options) {
        return services.computeIfAbsent(clients.of(requireNonNull(options, "options is null")), this::create);
    }

    private CrmService create(OkHttpClient client) {
        return new Retrofit.Builder()
                .baseUrl(UNUSED_BASE_URL)
                .client(client)
                .build()
                .create(CrmService.class);
    }
}
