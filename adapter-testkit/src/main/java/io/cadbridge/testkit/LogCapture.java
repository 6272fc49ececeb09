package io.cadbridge.testkit;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Every log event while a host is open, on the root logger, with cadbridge's own loggers at DEBUG so
 * that the secret scan reads what an operator could turn on too.
 */
final class LogCapture implements AutoCloseable {

    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final Logger cadbridge = (Logger) LoggerFactory.getLogger("io.cadbridge");
    private final Level cadbridgeLevel = cadbridge.getLevel();

    LogCapture() {
        appender.setName("cadbridge-adapter-testkit");
        appender.start();
        root.addAppender(appender);
        cadbridge.setLevel(Level.DEBUG);
    }

    /** Each event as text: level, logger, formatted message, MDC, and any exception with its causes and stack. */
    List<String> lines() {
        List<ILoggingEvent> events;
        // AppenderBase.doAppend holds the appender's monitor while it adds to the list.
        synchronized (appender) {
            events = List.copyOf(appender.list);
        }
        return events.stream().map(LogCapture::describe).toList();
    }

    void clear() {
        synchronized (appender) {
            appender.list.clear();
        }
    }

    private static String describe(ILoggingEvent event) {
        StringBuilder text = new StringBuilder()
                .append(event.getLevel())
                .append(' ')
                .append(event.getLoggerName())
                .append(": ")
                .append(event.getFormattedMessage());
        if (!event.getMDCPropertyMap().isEmpty()) {
            text.append(" MDC ").append(event.getMDCPropertyMap());
        }
        for (IThrowableProxy thrown = event.getThrowableProxy(); thrown != null; thrown = thrown.getCause()) {
            text.append(" | ").append(thrown.getClassName()).append(": ").append(thrown.getMessage());
            for (StackTraceElementProxy frame : thrown.getStackTraceElementProxyArray()) {
                text.append(" at ").append(frame.getSTEAsString());
            }
        }
        return text.toString();
    }

    @Override
    public void close() {
        root.detachAppender(appender);
        appender.stop();
        cadbridge.setLevel(cadbridgeLevel);
    }
}
