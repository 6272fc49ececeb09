package io.cadbridge.spi;

import static java.util.Objects.requireNonNull;

/** A problem in {@code vendorSettings}: where (a JSON pointer relative to it, "" for the whole) and what. */
public record SettingsProblem(String pointer, String message) {

    public SettingsProblem {
        requireNonNull(pointer, "pointer is null");
        requireNonNull(message, "message is null");
        if (!pointer.isEmpty() && !pointer.startsWith("/")) {
            throw new IllegalArgumentException("a JSON pointer is empty or starts with '/': " + pointer);
        }
    }
}
