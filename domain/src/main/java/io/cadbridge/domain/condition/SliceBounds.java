package io.cadbridge.domain.condition;

import java.math.BigInteger;

/** CPython's {@code slice.indices}: start, stop and step clamped to a sequence of a given length. */
final class SliceBounds {

    private SliceBounds() {}

    static long[] of(long length, Object lower, Object upper, Object step) {
        long stride = step == PyNone.NONE ? 1 : clamp(step);
        if (stride == 0) {
            throw PythonError.valueError("slice step cannot be zero");
        }
        long low = stride > 0 ? 0 : -1;
        long high = stride > 0 ? length : length - 1;
        long start = lower == PyNone.NONE ? (stride > 0 ? low : high) : bound(clamp(lower), length, low, high);
        long stop = upper == PyNone.NONE ? (stride > 0 ? high : low) : bound(clamp(upper), length, low, high);
        return new long[] {start, stop, stride};
    }

    private static long bound(long value, long length, long low, long high) {
        if (value < 0) {
            value += length;
            return Math.max(value, low);
        }
        return Math.min(value, high);
    }

    private static long clamp(Object value) {
        if (!Types.isInteger(value)) {
            throw PythonError.typeError("slice indices must be integers or None or have an __index__ method");
        }
        BigInteger number = Types.integer(value);
        BigInteger limit = BigInteger.ONE.shiftLeft(62);
        return number.max(limit.negate()).min(limit).longValue();
    }
}
