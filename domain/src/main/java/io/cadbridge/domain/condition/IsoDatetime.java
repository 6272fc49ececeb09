package io.cadbridge.domain.condition;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/** {@code datetime.fromisoformat}: dates, date-times with {@code T} or space, optional offset or {@code Z}. */
final class IsoDatetime {

    private static final Pattern OFFSET = Pattern.compile(".*(?:[+-]\\d\\d:?\\d\\d(?::?\\d\\d)?|Z)$");

    private IsoDatetime() {}

    static PyDatetime parse(Object argument) {
        if (!(argument instanceof String text)) {
            throw PythonError.typeError("fromisoformat: argument must be str");
        }
        if (text.length() > 40) {
            throw PythonError.valueError("Invalid isoformat string: " + Repr.quote(text.substring(0, 40) + "..."));
        }
        String normalized =
                text.length() > 10 && text.charAt(10) == ' ' ? text.substring(0, 10) + "T" + text.substring(11) : text;
        try {
            if (normalized.length() == 10) {
                return new PyDatetime(LocalDate.parse(normalized).atStartOfDay(), Optional.empty());
            }
            if (OFFSET.matcher(normalized).matches()) {
                OffsetDateTime value = OffsetDateTime.parse(normalized);
                return new PyDatetime(value.toLocalDateTime(), Optional.of(value.getOffset()));
            }
            return new PyDatetime(LocalDateTime.parse(normalized), Optional.empty());
        } catch (DateTimeParseException invalid) {
            throw PythonError.valueError("Invalid isoformat string: " + Repr.quote(text));
        }
    }
}
