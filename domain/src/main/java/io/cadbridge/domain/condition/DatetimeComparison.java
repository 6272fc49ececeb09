package io.cadbridge.domain.condition;

/** Orders two datetimes of the same kind (both naive or both aware). */
final class DatetimeComparison {

    private DatetimeComparison() {
    }

    static int order(PyDatetime a, PyDatetime b) {
        if (a.aware() && b.aware()) {
            return a.value().toInstant(a.offset().orElseThrow()).compareTo(b.value().toInstant(b.offset().orElseThrow()));
        }
        return a.value().compareTo(b.value());
    }
}
