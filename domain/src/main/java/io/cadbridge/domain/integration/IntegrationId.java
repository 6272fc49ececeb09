package io.cadbridge.domain.integration;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.UUID;

public record IntegrationId(UUID value) {
    public IntegrationId {
        requireNonNull(value, "value is null");
    }

    public static IntegrationId random() {
        return new IntegrationId(UUID.randomUUID());
    }

    public static Optional<IntegrationId> parse(String text) {
        try {
            return Optional.of(new IntegrationId(UUID.fromString(text)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
