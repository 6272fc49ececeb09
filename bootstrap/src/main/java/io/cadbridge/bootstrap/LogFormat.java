package io.cadbridge.bootstrap;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

/**
 * How the service writes its logs, {@code CADBRIDGE_LOG_FORMAT}: {@code text} (the default) or
 * {@code json}, one JSON object per line (ADR 0027). {@code logback.xml} picks its appender by the
 * same reading ({@code LogFormatDefiner}), so a value the settings refuse never reaches logback.
 */
public enum LogFormat {
    TEXT,
    JSON;

    public static final String VARIABLE = "CADBRIDGE_LOG_FORMAT";

    /** The format named by {@code text}, in any case; empty when it names none. */
    public static Optional<LogFormat> named(String text) {
        return Arrays.stream(values())
                .filter(format -> format.wireName().equals(text.trim().toLowerCase(Locale.ROOT)))
                .findFirst();
    }

    /** The format the environment asks for; a blank value is the default. */
    static LogFormat fromEnvironment(EnvironmentReader env) {
        return env.text(VARIABLE)
                .map(text -> named(text)
                        .orElseThrow(() ->
                                new SettingsException(VARIABLE + " must be " + allowed() + ", not '" + text + "'")))
                .orElse(TEXT);
    }

    /** The name in the environment and in {@code logback.xml}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Where the service tells whoever started it what it did (listening, a key or token generated) or why
     * it stops: the terminal as plain lines; with JSON logs, log lines, so that every line of the output
     * is JSON.
     */
    PrintStream console() {
        return this == TEXT ? System.out : LoggedConsole.printStream(LoggerFactory.getLogger(Main.class), Level.INFO);
    }

    /** Like {@link #console()}, for why the service stops. */
    PrintStream errors() {
        return this == TEXT ? System.err : LoggedConsole.printStream(LoggerFactory.getLogger(Main.class), Level.ERROR);
    }

    private static String allowed() {
        return Arrays.stream(values()).map(LogFormat::wireName).collect(Collectors.joining(" or "));
    }
}
