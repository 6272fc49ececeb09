package io.cadbridge.bootstrap;

import static java.util.Objects.requireNonNull;

/** An external PostgreSQL server; the password is never printed. */
public record DatabaseSettings(String url, String user, String password) {

    public DatabaseSettings {
        requireNonNull(url, "url is null");
        requireNonNull(user, "user is null");
        requireNonNull(password, "password is null");
    }

    @Override
    public String toString() {
        return "DatabaseSettings[url=" + url + ", user=" + user + ", password=****]";
    }
}
