package io.cadbridge.bootstrap;

import static java.util.Objects.requireNonNull;

/** An external PostgreSQL server; the password, and the URL's parameters that may hold one, are never printed. */
public record DatabaseSettings(String url, String user, String password) {

    public DatabaseSettings {
        requireNonNull(url, "url is null");
        requireNonNull(user, "user is null");
        requireNonNull(password, "password is null");
    }

    /** The URL as logs may show it: its parameters ({@code ?user=…&password=…}) left out. */
    public String urlWithoutParameters() {
        int parameters = url.indexOf('?');
        return parameters < 0 ? url : url.substring(0, parameters) + "?…";
    }

    @Override
    public String toString() {
        return "DatabaseSettings[url=" + urlWithoutParameters() + ", user=" + user + ", password=****]";
    }
}
