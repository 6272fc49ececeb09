package io.cadbridge.bootstrap;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.event.Level;

/** A console whose every line becomes a log line: what the service prints when its logs are JSON. */
final class LoggedConsole extends OutputStream {

    private final Logger logger;
    private final Level level;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    private LoggedConsole(Logger logger, Level level) {
        this.logger = requireNonNull(logger, "logger is null");
        this.level = requireNonNull(level, "level is null");
    }

    static PrintStream printStream(Logger logger, Level level) {
        return new PrintStream(new LoggedConsole(logger, level), true, StandardCharsets.UTF_8);
    }

    @Override
    public synchronized void write(int b) {
        if (b == '\n') {
            flushLine();
        } else {
            line.write(b);
        }
    }

    @Override
    public synchronized void close() {
        if (line.size() > 0) {
            flushLine();
        }
    }

    private void flushLine() {
        String text = line.toString(StandardCharsets.UTF_8).stripTrailing();
        line.reset();
        if (!text.isEmpty()) {
            logger.atLevel(level).log(text);
        }
    }
}
