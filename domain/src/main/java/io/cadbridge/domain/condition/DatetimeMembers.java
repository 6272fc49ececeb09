package io.cadbridge.domain.condition;

import java.math.BigInteger;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.function.ToIntFunction;

/** Attributes and methods of datetimes and timedeltas. */
final class DatetimeMembers {

    static final Map<String, Member> DATETIME = new MemberTable("datetime")
            .property("year", field(LocalDateTime::getYear))
            .property("month", field(LocalDateTime::getMonthValue))
            .property("day", field(LocalDateTime::getDayOfMonth))
            .property("hour", field(LocalDateTime::getHour))
            .property("minute", field(LocalDateTime::getMinute))
            .property("second", field(LocalDateTime::getSecond))
            .property("microsecond", field(value -> value.getNano() / 1000))
            .property(
                    "tzinfo",
                    self -> datetime(self).offset().<Object>map(PyTimezone::new).orElse(PyNone.NONE))
            .method(
                    "weekday",
                    0,
                    (self, arguments, evaluation) -> BigInteger.valueOf(
                            datetime(self).value().getDayOfWeek().getValue() - 1L))
            .method(
                    "isoweekday",
                    0,
                    (self, arguments, evaluation) -> BigInteger.valueOf(
                            datetime(self).value().getDayOfWeek().getValue()))
            .method(
                    Signature.of("datetime.isoformat", 0, "sep").byName(),
                    (self, arguments, evaluation) ->
                            DatetimeText.isoformat(datetime(self), separator(arguments.get(0, "T"))))
            .method("timestamp", 0, (self, arguments, evaluation) -> timestamp(datetime(self), evaluation))
            .method(
                    "strftime",
                    1,
                    (self, arguments, evaluation) -> Strftime.format(
                            datetime(self), Types.string(arguments.get(0), "strftime() argument 1 "), evaluation),
                    "format")
            .build();

    static final Map<String, Member> TIMEDELTA = new MemberTable("timedelta")
            .property("days", self -> BigInteger.valueOf(((PyTimedelta) self).days()))
            .property("seconds", self -> BigInteger.valueOf(((PyTimedelta) self).seconds()))
            .property("microseconds", self -> BigInteger.valueOf(((PyTimedelta) self).micros()))
            .method("total_seconds", 0, (self, arguments, evaluation) -> ((PyTimedelta) self).totalSeconds())
            .build();

    private DatetimeMembers() {}

    private static PyDatetime datetime(Object self) {
        return (PyDatetime) self;
    }

    private static java.util.function.Function<Object, Object> field(ToIntFunction<LocalDateTime> getter) {
        return self -> BigInteger.valueOf(getter.applyAsInt(datetime(self).value()));
    }

    private static String separator(Object value) {
        String separator = Types.string(value, "isoformat() argument 1 ");
        if (PyStrings.length(separator) != 1) {
            throw PythonError.typeError("isoformat() argument 1 must be a unicode character, not str");
        }
        return separator;
    }

    /** Seconds since the epoch; a naive datetime is taken to be in the clock's zone, like Python's local time. */
    private static double timestamp(PyDatetime datetime, Evaluation evaluation) {
        java.time.Instant instant = datetime.offset()
                .map(offset -> datetime.value().toInstant(offset))
                .orElseGet(() ->
                        datetime.value().atZone(evaluation.clock().getZone()).toInstant());
        return instant.getEpochSecond() + instant.getNano() / 1e9;
    }
}
