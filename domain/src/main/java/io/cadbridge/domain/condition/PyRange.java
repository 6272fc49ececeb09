package io.cadbridge.domain.condition;

/** A Python range; its arguments are limited to ±2^62 so that its arithmetic cannot overflow. */
record PyRange(long start, long stop, long step) {

    static final long LIMIT = 1L << 62;

    long length() {
        if (step > 0) {
            return start < stop ? (stop - start - 1) / step + 1 : 0;
        }
        return start > stop ? (start - stop - 1) / -step + 1 : 0;
    }

    long get(long index) {
        return start + index * step;
    }

    boolean contains(long value) {
        boolean inside = step > 0 ? value >= start && value < stop : value <= start && value > stop;
        return inside && Math.floorMod(value - start, Math.abs(step)) == 0;
    }
}
