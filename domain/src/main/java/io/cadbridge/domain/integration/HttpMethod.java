package io.cadbridge.domain.integration;

import java.util.Arrays;
import java.util.Optional;

public enum HttpMethod {
    GET,
    POST,
    PUT,
    PATCH,
    DELETE;

    /** Contact Pro sends a body only with POST, PUT and PATCH. */
    public boolean carriesBody() {
        return this == POST || this == PUT || this == PATCH;
    }

    public static Optional<HttpMethod> parse(String name) {
        return Arrays.stream(values())
                .filter(method -> method.name().equalsIgnoreCase(name))
                .findFirst();
    }
}
