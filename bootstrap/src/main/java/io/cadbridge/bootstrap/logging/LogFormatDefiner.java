package io.cadbridge.bootstrap.logging;

import ch.qos.logback.core.PropertyDefinerBase;
import io.cadbridge.bootstrap.LogFormat;
import java.util.Optional;

/**
 * The appender {@code logback.xml} writes to: {@code CADBRIDGE_LOG_FORMAT} read as the settings read
 * it (blank is unset, any case). A value the settings refuse writes text, so that the message
 * saying why the service does not start is readable.
 */
public final class LogFormatDefiner extends PropertyDefinerBase {

    @Override
    public String getPropertyValue() {
        return Optional.ofNullable(System.getenv(LogFormat.VARIABLE))
                .flatMap(LogFormat::named)
                .orElse(LogFormat.TEXT)
                .wireName();
    }
}
