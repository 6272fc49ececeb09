package io.cadbridge.adapters.events;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;

/**
 * Reads the shape nearly every sender uses, {@code 2023-12-29T08:44:44.215Z} or {@code …+01:00}, without
 * {@link java.time.format.DateTimeFormatter}, which costs about a tenth of an event's request thread.
 * Only that strict subset is taken: a four-digit year, upper-case {@code T} and {@code Z}, seconds, one to
 * nine fraction digits, an offset of {@code ±hh:mm}, every value in range. Anything else, valid or not, is
 * left to the formatter ({@link Timestamps}), so what is accepted, its value and every refusal stay the formatter's.
 */
final class Rfc3339Timestamps {

    /** "2023-12-29T08:44:44Z" is the shortest; nine fraction digits and "+01:00" make the longest. */
    private static final int SHORTEST = 20;

    private static final int LONGEST = 35;
    private static final int SECONDS_END = 19;
    private static final int MAX_FRACTION_DIGITS = 9;
    private static final int MAX_OFFSET_HOURS = 18;
    /** What {@link #offsetSeconds} answers for an offset not in the common shape. */
    private static final int NO_OFFSET = Integer.MIN_VALUE;

    private static final int[] NANOS_PER_DIGIT = {100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100, 10, 1
    };

    private Rfc3339Timestamps() {}

    /** The instant, or {@code null} when {@code text} is not in the common shape (the formatter then decides). */
    static Instant parse(String text) {
        int length = text.length();
        if (length < SHORTEST || length > LONGEST || !separatorsInPlace(text)) {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23) {
            return null;
        }
        if (minute < 0 || minute > 59 || second < 0 || second > 59 || day > lengthOfMonth(year, month)) {
            return null;
        }
        int offsetStart = fractionEnd(text);
        int offsetSeconds = offsetStart < 0 ? NO_OFFSET : offsetSeconds(text, offsetStart);
        if (offsetSeconds == NO_OFFSET) {
            return null;
        }
        long epochSecond = LocalDate.of(year, month, day).toEpochDay() * 86_400L
                + hour * 3_600L
                + minute * 60L
                + second
                - offsetSeconds;
        return Instant.ofEpochSecond(epochSecond, nanos(text, offsetStart));
    }

    private static boolean separatorsInPlace(String text) {
        return text.charAt(4) == '-'
                && text.charAt(7) == '-'
                && text.charAt(10) == 'T'
                && text.charAt(13) == ':'
                && text.charAt(16) == ':';
    }

    private static int lengthOfMonth(int year, int month) {
        return switch (month) {
            case 2 -> Year.isLeap(year) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /** Where the offset starts: after the seconds, or after a fraction of one to nine digits; -1 for any other fraction. */
    private static int fractionEnd(String text) {
        if (text.charAt(SECONDS_END) != '.') {
            return SECONDS_END;
        }
        int position = SECONDS_END + 1;
        while (position < text.length()
                && position - SECONDS_END - 1 < MAX_FRACTION_DIGITS
                && isDigit(text.charAt(position))) {
            position++;
        }
        return position == SECONDS_END + 1 ? -1 : position;
    }

    private static int nanos(String text, int offsetStart) {
        int nanos = 0;
        for (int position = SECONDS_END + 1; position < offsetStart; position++) {
            nanos += (text.charAt(position) - '0') * NANOS_PER_DIGIT[position - SECONDS_END - 1];
        }
        return nanos;
    }

    /** {@code Z} or {@code ±hh:mm} up to 18 hours, ending the text; {@link #NO_OFFSET} for anything else. */
    private static int offsetSeconds(String text, int start) {
        int rest = text.length() - start;
        if (rest == 1 && text.charAt(start) == 'Z') {
            return 0;
        }
        if (rest != 6) {
            return NO_OFFSET;
        }
        char sign = text.charAt(start);
        if ((sign != '+' && sign != '-') || text.charAt(start + 3) != ':') {
            return NO_OFFSET;
        }
        int hours = digits(text, start + 1, 2);
        int minutes = digits(text, start + 4, 2);
        if (hours < 0
                || minutes < 0
                || minutes > 59
                || hours > MAX_OFFSET_HOURS
                || (hours == MAX_OFFSET_HOURS && minutes > 0)) {
            return NO_OFFSET;
        }
        int seconds = hours * 3_600 + minutes * 60;
        return sign == '-' ? -seconds : seconds;
    }

    /** The number written by {@code count} ASCII digits at {@code start}, or -1 when any is not one. */
    private static int digits(String text, int start, int count) {
        int value = 0;
        for (int position = start; position < start + count; position++) {
            char c = text.charAt(position);
            if (!isDigit(c)) {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
