package io.cadbridge.spi;

import static java.util.Objects.requireNonNull;

/**
 * A write-only value an adapter needs (an API token, a client secret, a private key). The
 * administrator stores it in the integration's {@code authentications.<name>}; the host uses it as
 * {@link VendorAuth} says, and it is never shown, logged or handed to the adapter.
 */
public record SecretSetting(String name, String description) {

    public SecretSetting {
        requireNonNull(name, "name is null");
        requireNonNull(description, "description is null");
    }
}
