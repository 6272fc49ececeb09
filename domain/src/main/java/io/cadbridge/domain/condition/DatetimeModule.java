package io.cadbridge.domain.condition;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code datetime} module: the {@code datetime}, {@code timedelta} and {@code timezone} types. As a
 * convenience {@code datetime.now()}, {@code datetime.utcnow()} and {@code datetime.fromisoformat()} also work
 * on the module itself. "Now" comes from the injected clock; naive datetimes are in the clock's zone.
 */
final class DatetimeModule {

    private static final Map<String, Object> CLASS_METHODS = classMethods();

    static final PyType DATETIME = new PyType(
            "datetime.datetime",
            Signature.of("datetime", 3, "year", "month", "day", "hour", "minute", "second", "microsecond", "tzinfo")
                    .byName(),
            DatetimeModule::construct,
            CLASS_METHODS,
            PyDatetime.class::isInstance);
    static final PyType TIMEDELTA = new PyType(
            "datetime.timedelta",
            Signature.of("timedelta", 0, "days", "seconds", "microseconds", "milliseconds", "minutes", "hours", "weeks")
                    .byName(),
            DatetimeModule::timedelta,
            Map.of(),
            PyTimedelta.class::isInstance);
    static final PyType TIMEZONE = new PyType(
            "datetime.timezone",
            Signature.exactly("timezone", "offset"),
            DatetimeModule::timezone,
            Map.of("utc", PyTimezone.UTC),
            PyTimezone.class::isInstance);

    static final PyModule MODULE = module();

    private DatetimeModule() {}

    private static Map<String, Object> classMethods() {
        return Map.of(
                "now", new BuiltinFunction(Signature.of("datetime.now", 0, "tz").byName(), DatetimeModule::now),
                "utcnow",
                        new BuiltinFunction(
                                Signature.of("datetime.utcnow", 0),
                                (self, arguments, evaluation) -> new PyDatetime(
                                        LocalDateTime.ofInstant(
                                                evaluation.clock().instant(), ZoneOffset.UTC),
                                        Optional.empty())),
                "fromisoformat",
                        new BuiltinFunction(
                                Signature.exactly("datetime.fromisoformat", "date_string"),
                                (self, arguments, evaluation) -> IsoDatetime.parse(arguments.get(0))));
    }

    private static PyModule module() {
        Map<String, Object> members = new java.util.HashMap<>(CLASS_METHODS);
        members.put("datetime", DATETIME);
        members.put("timedelta", TIMEDELTA);
        members.put("timezone", TIMEZONE);
        return new PyModule("datetime", members);
    }

    private static Object now(Object self, Arguments arguments, Evaluation evaluation) {
        Object zone = arguments.get(0, PyNone.NONE);
        if (zone == PyNone.NONE) {
            return new PyDatetime(
                    LocalDateTime.ofInstant(
                            evaluation.clock().instant(), evaluation.clock().getZone()),
                    Optional.empty());
        }
        if (!(zone instanceof PyTimezone timezone)) {
            throw PythonError.typeError(
                    "tzinfo argument must be None or of a tzinfo subclass, not type '" + Types.name(zone) + "'");
        }
        return new PyDatetime(
                LocalDateTime.ofInstant(evaluation.clock().instant(), timezone.offset()),
                Optional.of(timezone.offset()));
    }

    private static Object construct(Object self, Arguments arguments, Evaluation evaluation) {
        int[] fields = new int[7];
        for (int i = 0; i < fields.length; i++) {
            fields[i] = (int) Math.max(
                    Integer.MIN_VALUE,
                    Math.min(Integer.MAX_VALUE, Types.smallInteger(arguments.get(i, BigInteger.ZERO))));
        }
        Object zone = arguments.get(7, PyNone.NONE);
        if (zone != PyNone.NONE && !(zone instanceof PyTimezone)) {
            throw PythonError.typeError(
                    "tzinfo argument must be None or of a tzinfo subclass, not type '" + Types.name(zone) + "'");
        }
        checkFields(fields);
        try {
            LocalDateTime value = LocalDateTime.of(
                    fields[0],
                    fields[1],
                    fields[2],
                    fields[3],
                    fields[4],
                    fields[5],
                    Math.multiplyExact(fields[6], 1000));
            return new PyDatetime(
                    value, zone instanceof PyTimezone timezone ? Optional.of(timezone.offset()) : Optional.empty());
        } catch (DateTimeException | ArithmeticException invalid) {
            throw PythonError.valueError("day is out of range for month");
        }
    }

    private static final String[] FIELD_NAMES = {"year", "month", "day", "hour", "minute", "second", "microsecond"};
    private static final int[] FIELD_MINIMUM = {1, 1, 1, 0, 0, 0, 0};
    private static final int[] FIELD_MAXIMUM = {9999, 12, 31, 23, 59, 59, 999_999};

    /** Python's messages for out-of-range fields; {@link LocalDateTime} would still reject February 30. */
    private static void checkFields(int[] fields) {
        if (fields[0] < 1 || fields[0] > 9999) {
            throw PythonError.valueError("year " + fields[0] + " is out of range");
        }
        for (int i = 1; i < fields.length; i++) {
            if (fields[i] < FIELD_MINIMUM[i] || fields[i] > FIELD_MAXIMUM[i]) {
                throw PythonError.valueError(
                        i == 2
                                ? "day is out of range for month"
                                : FIELD_NAMES[i] + " must be in " + FIELD_MINIMUM[i] + ".." + FIELD_MAXIMUM[i]);
            }
        }
    }

    private static final long[] MICROSECONDS = {
        PyTimedelta.MICROSECONDS_PER_DAY,
        1_000_000L,
        1L,
        1_000L,
        60_000_000L,
        3_600_000_000L,
        7 * PyTimedelta.MICROSECONDS_PER_DAY
    };

    private static Object timedelta(Object self, Arguments arguments, Evaluation evaluation) {
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < MICROSECONDS.length; i++) {
            Object amount = arguments.get(i, BigInteger.ZERO);
            BigDecimal exact = switch (amount) {
                case Double number when Double.isFinite(number) -> new BigDecimal(number);
                case Double ignored -> throw PythonError.overflow("cannot convert float infinity to integer");
                default -> {
                    if (!Types.isInteger(amount)) {
                        throw PythonError.typeError("unsupported type for timedelta component: " + Types.name(amount));
                    }
                    yield new BigDecimal(Types.integer(amount));
                }
            };
            total = total.add(exact.multiply(BigDecimal.valueOf(MICROSECONDS[i])));
        }
        BigInteger micros = total.setScale(0, RoundingMode.HALF_EVEN).toBigInteger();
        if (micros.bitLength() > 63) {
            throw PythonError.overflow("timedelta out of range");
        }
        return new PyTimedelta(micros.longValue());
    }

    private static Object timezone(Object self, Arguments arguments, Evaluation evaluation) {
        if (!(arguments.get(0) instanceof PyTimedelta offset)) {
            throw PythonError.typeError(
                    "timezone() argument 1 must be datetime.timedelta, not " + Types.name(arguments.get(0)));
        }
        long microseconds = offset.microseconds();
        if (Math.abs(microseconds) >= PyTimedelta.MICROSECONDS_PER_DAY || microseconds % 1_000_000 != 0) {
            throw PythonError.valueError("offset must be a timedelta strictly between -timedelta(hours=24) and "
                    + "timedelta(hours=24), in whole seconds");
        }
        try {
            return new PyTimezone(ZoneOffset.ofTotalSeconds((int) (offset.microseconds() / 1_000_000)));
        } catch (DateTimeException unsupported) {
            throw PythonError.valueError("offsets beyond ±18 hours are not supported in conditions");
        }
    }
}
