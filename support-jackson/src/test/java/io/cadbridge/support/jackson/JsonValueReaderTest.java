package io.cadbridge.support.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.cadbridge.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * {@link JsonValues#parse} and {@link JsonValues#parseStrict} read tokens straight into the model; they
 * must give what the Jackson tree they replaced gave, value for value (order and number scale
 * included) and error for error (type and message, with its place).
 */
class JsonValueReaderTest {

    /** What {@link JsonValues#parse} did before: readTree with this mapper, then fromNode. */
    private static final ObjectMapper TREE = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    /** What adapters-http's CrmResponses reads a CRM answer with. */
    private static final ObjectMapper STRICT_TREE = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

    private static final List<String> CHOSEN = List.of(
            "",
            "   ",
            "null",
            "true",
            "false",
            "\"\"",
            "\"caf\\u00e9 \\ud83d\\ude00 \\\"q\\\" \\\\ \\/ \\b\\f\\n\\r\\t\"",
            "\"\\ud800 lone\"",
            "0",
            "-0",
            "-0.0",
            "0.0",
            "14.50",
            "1.500e3",
            "1E+2",
            "1e-7",
            "-1.25E-400",
            "9e999999",
            "1e2147483648",
            "[1.5E4073709551616]",
            "2147483647",
            "2147483648",
            "-2147483648",
            "-2147483649",
            "9223372036854775807",
            "9223372036854775808",
            "-9223372036854775809",
            "123456789012345678901234567890123456789",
            "{}",
            "[]",
            "[{}, [], [[]], {\"\": {}}]",
            "{\"a\": 1, \"b\": 2, \"a\": 3}",
            "{\"a\": {\"x\": 1}, \"b\": [1], \"a\": [true, null]}",
            "{\"z\": 1, \"y\": 2, \"x\": 3}",
            "{\"id\": 42} trailing",
            "42 apples",
            "{} {}",
            "[1, 2]]",
            "\"a\" \"b\"",
            "1 2",
            "{\"a\":1}}",
            "  [1]  ",
            "/* comment */ 1",
            "// comment\n1",
            "'single'",
            "{a: 1}",
            "[1,]",
            "{\"a\":1,}",
            "[01]",
            "01",
            "1.",
            "-",
            "+1",
            ".5",
            "1e",
            "NaN",
            "Infinity",
            "[-Infinity]",
            "nul",
            "truex",
            "123abc",
            "\"unterminated",
            "\"tab\there\"",
            "\"bad \\x escape\"",
            "\"\\u12\"",
            "{\"a\" 1}",
            "{\"a\":}",
            "{1: 2}",
            "[1 2]",
            "]",
            "}",
            "{",
            "[",
            "\u0000",
            "\uFEFF{}",
            "\u00a0",
            "1".repeat(1000),
            "1".repeat(1001),
            "0." + "1".repeat(999),
            "0." + "1".repeat(1000),
            "[" + "1".repeat(1001) + "]",
            "[".repeat(500) + "]".repeat(500),
            "[".repeat(501) + "]".repeat(501),
            "{\"a\":".repeat(499) + "[]" + "}".repeat(499),
            "{\"a\":".repeat(500) + "[]" + "}".repeat(500),
            "[".repeat(500),
            "{\"" + "n".repeat(50_001) + "\": 1}");

    @Test
    void chosenDocumentsReadAsTheTreeReadThem() {
        CHOSEN.forEach(JsonValueReaderTest::assertSameAsTree);
    }

    @Test
    void randomDocumentsReadAsTheTreeReadThem() {
        Random random = new Random(20_240_611L);
        for (int i = 0; i < 3_000; i++) {
            StringBuilder text = new StringBuilder();
            new RandomJson(random).value(text, 0);
            assertSameAsTree(text.toString());
        }
    }

    @Test
    void brokenRandomDocumentsFailAsTheTreeFailed() {
        Random random = new Random(7L);
        for (int i = 0; i < 3_000; i++) {
            StringBuilder text = new StringBuilder();
            new RandomJson(random).value(text, 0);
            for (String broken : broken(text.toString(), random)) {
                assertSameAsTree(broken);
            }
        }
    }

    @Test
    void concurrentParsesOnVirtualThreadsDoNotShareBuffersWhileUsingThem() throws Exception {
        Random random = new Random(11L);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            StringBuilder text = new StringBuilder();
            new RandomJson(random).value(text, 0);
            texts.add(text.toString());
        }
        List<Object> alone = texts.stream()
                .map(text -> outcome(() -> JsonValues.parse(text)))
                .toList();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Object>> together = new ArrayList<>();
            for (int i = 0; i < 4_000; i++) {
                String text = texts.get(i % texts.size());
                together.add(threads.submit(() -> outcome(() -> JsonValues.parseStrict(text))));
            }
            for (int i = 0; i < together.size(); i++) {
                assertThat(together.get(i).get()).isEqualTo(alone.get(i % texts.size()));
            }
        }
    }

    @Test
    void keepsNumbersAsWritten() throws JsonProcessingException {
        assertThat(JsonValues.parse("[14.50, 1E+2, 7]").toString())
                .isEqualTo(
                        "JsonArray[elements=[JsonNumber[value=14.50], JsonNumber[value=1E+2], JsonNumber[value=7]]]");
        assertThat(JsonValues.parseStrict("{\"a\": 1, \"b\": 2, \"a\": 3}").toString())
                .isEqualTo("JsonObject[members={a=JsonNumber[value=3], b=JsonNumber[value=2]}]");
    }

    private static List<String> broken(String text, Random random) {
        List<String> broken = new ArrayList<>();
        if (text.length() > 1) {
            broken.add(text.substring(0, random.nextInt(text.length())));
        }
        String noise = "{}[],:\"\\ 0-+.eEtfn\u0001x/'";
        StringBuilder replaced = new StringBuilder(text);
        int at = random.nextInt(replaced.length());
        replaced.setCharAt(at, noise.charAt(random.nextInt(noise.length())));
        broken.add(replaced.toString());
        StringBuilder inserted = new StringBuilder(text);
        inserted.insert(random.nextInt(text.length() + 1), noise.charAt(random.nextInt(noise.length())));
        broken.add(inserted.toString());
        broken.add(text + " " + text);
        return broken;
    }

    private static void assertSameAsTree(String text) {
        assertSame(text, () -> JsonValues.fromNode(TREE.readTree(text)), () -> JsonValues.parse(text));
        assertSame(text, () -> JsonValues.fromNode(STRICT_TREE.readTree(text)), () -> JsonValues.parseStrict(text));
    }

    private static void assertSame(String text, Parse tree, Parse direct) {
        Object expected = outcome(tree);
        Object actual = outcome(direct);
        String shown = text.length() > 200 ? text.substring(0, 200) + "…" : text;
        assertThat(actual).as(shown).isEqualTo(expected);
    }

    /** The value with its order and scales shown, or the exception's type and message. */
    private static Object outcome(Parse parse) {
        try {
            JsonValue value = parse.run();
            return List.of(value, value.toString());
        } catch (JsonProcessingException e) {
            return e.getClass().getName() + ": " + e.getMessage() + " | " + e.getOriginalMessage() + " | "
                    + e.getLocation();
        } catch (RuntimeException e) {
            // An exponent too large for BigDecimal escapes Jackson as a NumberFormatException: kept as it was.
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }

    private interface Parse {
        JsonValue run() throws JsonProcessingException;
    }

    /** Nested JSON with the shapes a parser can trip on: escapes, every kind of number, repeated names. */
    private record RandomJson(Random random) {

        private static final String[] NAMES = {"a", "b", "id", "", "caf\\u00e9", "x y", "\\\"q\\\"", "a"};
        private static final String[] NUMBERS = {
            "0",
            "-0",
            "7",
            "-12",
            "14.50",
            "0.000",
            "1e3",
            "1E+2",
            "-2.5e-3",
            "6.02214076E23",
            "2147483648",
            "-9223372036854775809",
            "18446744073709551616",
            "3.14159265358979323846264338327950288",
            "1e-400",
            "-0.0",
            "100",
            "1.0"
        };

        void value(StringBuilder out, int depth) {
            int kind = depth > 6 ? 2 + random.nextInt(4) : random.nextInt(6);
            switch (kind) {
                case 0 -> object(out, depth);
                case 1 -> array(out, depth);
                case 2 -> string(out);
                case 3 -> out.append(NUMBERS[random.nextInt(NUMBERS.length)]);
                case 4 -> out.append(random.nextBoolean() ? "true" : "false");
                default -> out.append(random.nextInt(4) == 0 ? "\"null\"" : "null");
            }
        }

        private void object(StringBuilder out, int depth) {
            int size = random.nextInt(5);
            out.append('{');
            for (int i = 0; i < size; i++) {
                out.append(i > 0 ? "," : "").append(whitespace()).append('"');
                out.append(NAMES[random.nextInt(NAMES.length)])
                        .append('"')
                        .append(whitespace())
                        .append(':');
                value(out, depth + 1);
            }
            out.append(whitespace()).append('}');
        }

        private void array(StringBuilder out, int depth) {
            int size = random.nextInt(5);
            out.append('[');
            for (int i = 0; i < size; i++) {
                out.append(i > 0 ? "," : "").append(whitespace());
                value(out, depth + 1);
            }
            out.append(']');
        }

        private void string(StringBuilder out) {
            out.append('"');
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                switch (random.nextInt(8)) {
                    case 0 -> out.append(String.format("\\u%04x", random.nextInt(0x10000)));
                    case 1 -> out.append("\\n\\t\\\\\\/");
                    case 2 -> out.appendCodePoint(0x1F600 + random.nextInt(40));
                    case 3 -> out.append((char) (0xE0 + random.nextInt(0x100)));
                    default -> out.append((char) ('a' + random.nextInt(26)));
                }
            }
            out.append('"');
        }

        private String whitespace() {
            return switch (random.nextInt(6)) {
                case 0 -> " ";
                case 1 -> "\n\t ";
                default -> "";
            };
        }
    }
}
