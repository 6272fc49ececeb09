package io.cadbridge.domain.condition;

import java.time.LocalDateTime;
import java.time.format.TextStyle;
import java.util.Locale;

/** {@code datetime.strftime} for the common directives, in the C locale. */
final class Strftime {

    private Strftime() {}

    static String format(PyDatetime datetime, String pattern, Evaluation evaluation) {
        LocalDateTime value = datetime.value();
        BoundedText out = new BoundedText(evaluation);
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c != '%' || i + 1 == pattern.length()) {
                out.append(c);
                continue;
            }
            out.append(directive(pattern.charAt(++i), value, datetime));
        }
        return out.toString();
    }

    private static String directive(char directive, LocalDateTime value, PyDatetime datetime) {
        return switch (directive) {
            case 'Y' -> String.format("%04d", value.getYear());
            case 'y' -> String.format("%02d", value.getYear() % 100);
            case 'm' -> String.format("%02d", value.getMonthValue());
            case 'd' -> String.format("%02d", value.getDayOfMonth());
            case 'H' -> String.format("%02d", value.getHour());
            case 'I' -> String.format("%02d", (value.getHour() + 11) % 12 + 1);
            case 'p' -> value.getHour() < 12 ? "AM" : "PM";
            case 'M' -> String.format("%02d", value.getMinute());
            case 'S' -> String.format("%02d", value.getSecond());
            case 'f' -> String.format("%06d", value.getNano() / 1000);
            case 'j' -> String.format("%03d", value.getDayOfYear());
            case 'w' -> String.valueOf(value.getDayOfWeek().getValue() % 7);
            case 'a' -> value.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
            case 'A' -> value.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            case 'b' -> value.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
            case 'B' -> value.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            case 'z' ->
                datetime.offset()
                        .map(offset -> DatetimeText.offset(offset).replace(":", ""))
                        .orElse("");
            case 'Z' ->
                datetime.offset()
                        .map(offset -> offset.getTotalSeconds() == 0 ? "UTC" : "UTC" + DatetimeText.offset(offset))
                        .orElse("");
            case '%' -> "%";
            default -> "%" + directive;
        };
    }
}
