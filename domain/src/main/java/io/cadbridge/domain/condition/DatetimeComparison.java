package io.cadbridge.domain.condition;

/** Orders two datetimes of the same kind (both naive or both aware). */
final class DatetimeComparison {

    private DatetimeComparison() {}

    static int order(PyDatetime a, PyDatetime b) {
        if (a.aware() && b.aware()) {
            return instant(a).compareTo(instant(b));
        }
        return a.value().compareTo(b.value());
    }

    static java.time.Instant instant(PyDatetime aware) {
        return aware.value().toInstant(aware.offset().orElseThrow());
    }
}
