package io.cadbridge.adapters.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.cadbridge.domain.validation.ValidationProblem;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fast path must agree with {@code OffsetDateTime.parse} on everything it takes, and leave the rest to it. */
class Rfc3339TimestampsTest {

    private static final String MESSAGE =
            "must be an ISO-8601 date and time with an offset, such as 2023-12-29T08:44:44.215Z";

    @Test
    void readsTheCommonShapesItself() {
        List<String> common = List.of(
                "2023-12-29T08:44:44Z",
                "2023-12-29T08:44:44.215Z",
                "2023-12-29T08:44:44.1Z",
                "2023-12-29T08:44:44.123456789Z",
                "2023-12-29T08:44:44.215+01:00",
                "2023-12-29T08:44:44-05:30",
                "2024-02-29T23:59:59.999999999+18:00",
                "0000-01-01T00:00:00-18:00",
                "9999-12-31T23:59:59.9+00:00",
                "2023-12-29T08:44:44-00:00");
        for (String text : common) {
            assertThat(Rfc3339Timestamps.parse(text)).as(text).isEqualTo(reference(text));
        }
    }

    @Test
    void leavesEveryOtherShapeToTheFormatter() {
        List<String> others = List.of(
                "2023-12-29t08:44:44Z",
                "2023-12-29T08:44:44z",
                "2023-12-29T08:44Z",
                "2023-12-29T08:44:44.Z",
                "2023-12-29T08:44:44.1234567891Z",
                "2023-12-29T08:44:44+01",
                "2023-12-29T08:44:44+0100",
                "2023-12-29T08:44:44+01:00:30",
                "2023-12-29T08:44:44+18:01",
                "2023-12-29T08:44:44+19:00",
                "2023-12-29T08:44:44+01:60",
                "+12023-12-29T08:44:44Z",
                "-0001-12-29T08:44:44Z",
                "2023-02-29T08:44:44Z",
                "2023-04-31T08:44:44Z",
                "2023-13-01T08:44:44Z",
                "2023-00-01T08:44:44Z",
                "2023-12-00T08:44:44Z",
                "2023-12-29T24:00:00Z",
                "2023-12-29T08:60:00Z",
                "2023-12-29T08:44:60Z",
                "2023-12-29T08:44:44",
                "2023-12-29 08:44:44Z",
                " 2023-12-29T08:44:44Z",
                "2023-12-29T08:44:44Z ",
                "2023-12-29T08:44:44\u0661Z",
                "\u0662023-12-29T08:44:44Z",
                "2023-12-29T08:44:44ZZ",
                "2023-12-29T08:44:44.215Z[UTC]",
                "");
        for (String text : others) {
            assertThat(Rfc3339Timestamps.parse(text)).as(text).isNull();
            assertSameAsFormatter(text);
        }
    }

    @Test
    void agreesWithTheFormatterOnRandomAndMangledTimestamps() {
        Random random = new Random(20231229);
        int taken = 0;
        for (int i = 0; i < 200_000; i++) {
            String text = i % 2 == 0 ? timestamp(random) : mangled(timestamp(random), random);
            Instant fast = Rfc3339Timestamps.parse(text);
            if (fast != null) {
                taken++;
                assertThat(fast).as(text).isEqualTo(reference(text));
            }
            if (i % 20 == 0) {
                assertSameAsFormatter(text);
            }
        }
        assertThat(taken).isGreaterThan(20_000);
    }

    /** What the reader answers (a value, or the problem) is what the formatter alone would have answered. */
    private static void assertSameAsFormatter(String text) {
        List<ValidationProblem> problems = new ArrayList<>();
        JsonFields fields = JsonFields.of(JsonNodeFactory.instance.objectNode(), "", problems)
                .orElseThrow();
        Optional<Instant> parsed = Timestamps.parse(text, "/at", fields);
        Instant expected = reference(text);
        assertThat(parsed).as(text).isEqualTo(Optional.ofNullable(expected));
        assertThat(problems)
                .as(text)
                .isEqualTo(expected == null ? List.of(new ValidationProblem("/at", MESSAGE)) : List.of());
    }

    private static Instant reference(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException refused) {
            return null;
        }
    }

    /** Mostly well-formed, with values near and past every limit and the other shapes the formatter takes. */
    private static String timestamp(Random random) {
        StringBuilder text = new StringBuilder();
        int yearShape = random.nextInt(20);
        int year = random.nextInt(10_000);
        text.append(
                yearShape == 0
                        ? "+" + (10_000 + random.nextInt(90_000))
                        : yearShape == 1 ? "-" + pad(year, 4) : pad(year, 4));
        text.append('-').append(pad(random.nextInt(14), 2));
        text.append('-').append(pad(random.nextInt(33), 2));
        text.append(random.nextInt(20) == 0 ? 't' : 'T');
        text.append(pad(random.nextInt(26), 2)).append(':').append(pad(random.nextInt(62), 2));
        if (random.nextInt(10) > 0) {
            text.append(':').append(pad(random.nextInt(62), 2));
            int fraction = random.nextInt(12) - 1;
            if (fraction >= 0) {
                text.append('.');
                for (int digit = 0; digit < fraction; digit++) {
                    text.append((char) ('0' + random.nextInt(10)));
                }
            }
        }
        return text.append(offset(random)).toString();
    }

    private static String offset(Random random) {
        String sign = random.nextBoolean() ? "+" : "-";
        String hours = pad(random.nextInt(20), 2);
        String minutes = pad(random.nextInt(62), 2);
        return switch (random.nextInt(10)) {
            case 0, 1, 2 -> "Z";
            case 3 -> "z";
            case 4 -> sign + hours;
            case 5 -> sign + hours + minutes;
            case 6 -> sign + hours + ":" + minutes + ":" + pad(random.nextInt(62), 2);
            case 7 -> "";
            default -> sign + hours + ":" + minutes;
        };
    }

    private static String mangled(String text, Random random) {
        String alphabet = "0123456789-:+.TtZz \u0660";
        char any = alphabet.charAt(random.nextInt(alphabet.length()));
        int at = random.nextInt(text.length());
        return switch (random.nextInt(3)) {
            case 0 -> text.substring(0, at) + any + text.substring(at + 1);
            case 1 -> text.substring(0, at) + text.substring(at + 1);
            default -> text.substring(0, at) + any + text.substring(at);
        };
    }

    private static String pad(int value, int width) {
        String digits = Integer.toString(value);
        return "0".repeat(Math.max(0, width - digits.length())) + digits;
    }
}
