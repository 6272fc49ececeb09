package io.cadbridge.bootstrap;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Reads typed values from environment variables; blank counts as unset. */
final class EnvironmentReader {

    private final Map<String, String> environment;

    EnvironmentReader(Map<String, String> environment) {
        this.environment = requireNonNull(environment, "environment is null");
    }

    Optional<String> text(String name) {
        return Optional.ofNullable(environment.get(name)).map(String::trim).filter(value -> !value.isEmpty());
    }

    int port(String name, int defaultPort) {
        return number(name, defaultPort, 1, 65535, "a port number");
    }

    /** A whole number from {@code min} to {@code max}; {@code what} names it in the error. */
    int number(String name, int defaultValue, int min, int max, String what) {
        Optional<String> value = text(name);
        if (value.isEmpty()) {
            return defaultValue;
        }
        try {
            int number = Integer.parseInt(value.get());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new SettingsException(
                name + " must be " + what + " from " + min + " to " + max + ", not '" + value.get() + "'");
    }

    /** An ISO-8601 duration that is not negative ({@code PT1H}, {@code P1D}, {@code PT90S}). */
    Duration duration(String name, Duration defaultValue) {
        Optional<String> value = text(name);
        if (value.isEmpty()) {
            return defaultValue;
        }
        try {
            Duration duration = Duration.parse(value.get());
            if (!duration.isNegative()) {
                return duration;
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        throw new SettingsException(
                name + " must be an ISO-8601 duration of zero or more, such as PT1H, PT30M or P1D, not '" + value.get()
                        + "'");
    }

    /** An ISO-8601 duration longer than zero. */
    Duration positiveDuration(String name, Duration defaultValue) {
        Duration duration = duration(name, defaultValue);
        if (duration.isZero()) {
            throw new SettingsException(name + " must be longer than zero, such as P30D, not '"
                    + text(name).orElse("") + "'");
        }
        return duration;
    }

    boolean flag(String name, boolean defaultValue) {
        Optional<String> value = text(name);
        if (value.isEmpty()) {
            return defaultValue;
        }
        return switch (value.get().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw new SettingsException(name + " must be true or false, not '" + value.get() + "'");
        };
    }

    /** The non-blank variables whose names start with {@code prefix}, by the rest of their names. */
    Map<String, String> withPrefix(String prefix) {
        Map<String, String> found = new TreeMap<>();
        environment.forEach((name, value) -> {
            if (name.startsWith(prefix) && name.length() > prefix.length()) {
                text(name).ifPresent(text -> found.put(name.substring(prefix.length()), text));
            }
        });
        return found;
    }

    Optional<DatabaseSettings> database() {
        Optional<String> url = text("CADBRIDGE_DB_URL");
        if (url.isEmpty()) {
            for (String dependent : new String[] {"CADBRIDGE_DB_USER", "CADBRIDGE_DB_PASSWORD"}) {
                if (text(dependent).isPresent()) {
                    throw new SettingsException(
                            dependent + " is set but CADBRIDGE_DB_URL is not; set the URL too, or unset " + dependent
                                    + " to use the embedded PostgreSQL");
                }
            }
            return Optional.empty();
        }
        if (!url.get().startsWith("jdbc:postgresql://")) {
            throw new SettingsException("CADBRIDGE_DB_URL must be a PostgreSQL JDBC URL such as "
                    + "jdbc:postgresql://localhost:5432/cadbridge, not '" + url.get() + "'");
        }
        return Optional.of(new DatabaseSettings(
                url.get(),
                text("CADBRIDGE_DB_USER").orElse(""),
                Optional.ofNullable(environment.get("CADBRIDGE_DB_PASSWORD")).orElse("")));
    }
}
