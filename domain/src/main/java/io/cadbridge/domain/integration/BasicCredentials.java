package io.cadbridge.domain.integration;

import static java.util.Objects.requireNonNull;

/** User name and password for {@code "authentication": {"type": "basic"}}; never printed. */
public record BasicCredentials(String username, String password) {
    public BasicCredentials {
        requireNonNull(username, "username is null");
        requireNonNull(password, "password is null");
    }

    @Override
    public String toString() {
        return "BasicCredentials[username=" + username + ", password=****]";
    }
}
