package io.cadbridge.domain.condition;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Python's text forms of datetimes, timedeltas and timezones. */
final class DatetimeText {

    private DatetimeText() {}

    static String isoformat(PyDatetime datetime, String separator) {
        LocalDateTime value = datetime.value();
        String text = String.format(
                "%04d-%02d-%02d%s%02d:%02d:%02d",
                value.getYear(),
                value.getMonthValue(),
                value.getDayOfMonth(),
                separator,
                value.getHour(),
                value.getMinute(),
                value.getSecond());
        int micros = value.getNano() / 1000;
        if (micros != 0) {
            text += String.format(".%06d", micros);
        }
        return text + datetime.offset().map(DatetimeText::offset).orElse("");
    }

    static String offset(ZoneOffset offset) {
        int seconds = offset.getTotalSeconds();
        String sign = seconds < 0 ? "-" : "+";
        int magnitude = Math.abs(seconds);
        String text = String.format("%s%02d:%02d", sign, magnitude / 3600, magnitude / 60 % 60);
        return magnitude % 60 == 0 ? text : text + String.format(":%02d", magnitude % 60);
    }

    static String repr(PyDatetime datetime) {
        LocalDateTime value = datetime.value();
        StringBuilder text = new StringBuilder("datetime.datetime(")
                .append(value.getYear())
                .append(", ")
                .append(value.getMonthValue())
                .append(", ")
                .append(value.getDayOfMonth())
                .append(", ")
                .append(value.getHour())
                .append(", ")
                .append(value.getMinute());
        int micros = value.getNano() / 1000;
        if (value.getSecond() != 0 || micros != 0) {
            text.append(", ").append(value.getSecond());
        }
        if (micros != 0) {
            text.append(", ").append(micros);
        }
        datetime.offset().ifPresent(offset -> text.append(", tzinfo=").append(repr(new PyTimezone(offset))));
        return text.append(')').toString();
    }

    static String repr(PyTimezone zone) {
        if (zone.offset().getTotalSeconds() == 0) {
            return "datetime.timezone.utc";
        }
        return "datetime.timezone(" + repr(new PyTimedelta(zone.offset().getTotalSeconds() * 1_000_000L)) + ")";
    }

    static String repr(PyTimedelta delta) {
        StringBuilder parts = new StringBuilder();
        if (delta.days() != 0) {
            parts.append("days=").append(delta.days());
        }
        if (delta.seconds() != 0) {
            parts.append(parts.isEmpty() ? "" : ", ").append("seconds=").append(delta.seconds());
        }
        if (delta.micros() != 0) {
            parts.append(parts.isEmpty() ? "" : ", ").append("microseconds=").append(delta.micros());
        }
        return "datetime.timedelta(" + (parts.isEmpty() ? "0" : parts) + ")";
    }

    static String str(PyTimedelta delta) {
        long seconds = delta.seconds();
        String clock = String.format("%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
        if (delta.micros() != 0) {
            clock += String.format(".%06d", delta.micros());
        }
        long days = delta.days();
        if (days == 0) {
            return clock;
        }
        return days + (Math.abs(days) == 1 ? " day, " : " days, ") + clock;
    }
}
