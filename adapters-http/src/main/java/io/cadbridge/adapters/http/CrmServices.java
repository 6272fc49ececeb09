package io.cadbridge.adapters.http;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import retrofit2.Retrofit;

/** A Retrofit {@link CrmService} per {@link ConnectionOptions}, each on the OkHttp client those options need. */
final class CrmServices {

    /** Retrofit needs a base URL, but every call passes its full URL with {@code @Url}, which replaces it. */
    private static final String UNUSED_BASE_URL = "http://localhost/";

    private final ConnectionClients clients;
    private final Map<ConnectionOptions, CrmService> services = new ConcurrentHashMap<>();

    CrmServices(ConnectionClients clients) {
        this.clients = requireNonNull(clients, "clients is null");
    }

    CrmService of(ConnectionOptions options) {
        return services.computeIfAbsent(requireNonNull(options, "options is null"), this::create);
    }

    private CrmService create(ConnectionOptions options) {
        return new Retrofit.Builder()
                .baseUrl(UNUSED_BASE_URL)
                .client(clients.of(options))
                .build()
                .create(CrmService.class);
    }
}
