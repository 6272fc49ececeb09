package io.cadbridge.domain.condition;

import java.math.BigInteger;

/** Reads a Python number literal: decimal, {@code 0x}/{@code 0o}/{@code 0b} integers, floats with exponents. */
final class NumberLiteral {

    private NumberLiteral() {}

    static Token read(SourceReader reader, ConditionLimits limits) {
        Position position = reader.position();
        int start = reader.index();
        char next = Character.toLowerCase(reader.peek(1));
        if (reader.peek() == '0' && (next == 'x' || next == 'o' || next == 'b')) {
            reader.skip(2);
            int radix = next == 'x' ? 16 : next == 'o' ? 8 : 2;
            consume(reader, radix);
            String text = reader.text(start);
            return integer(text, text.substring(2), radix, position, limits, reader);
        }
        consumeDecimal(reader);
        String text = reader.text(start);
        rejectTrailingLetters(reader, position);
        boolean isFloat = text.contains(".") || text.contains("e") || text.contains("E");
        if (!isFloat) {
            boolean leadingZero =
                    text.startsWith("0") && !text.replace("_", "").chars().allMatch(c -> c == '0');
            if (!DigitGroups.valid(text, 10) || !DigitGroups.asciiDigits(text) || leadingZero) {
                throw new ConditionSyntaxException(
                        position,
                        leadingZero && DigitGroups.valid(text, 10)
                                ? "leading zeros in decimal integer literals are not permitted; "
                                        + "use an 0o prefix for octal integers"
                                : "invalid decimal literal");
            }
            return integer(text, text, 10, position, limits, reader);
        }
        if (!DigitGroups.validFloat(text) || !DigitGroups.asciiDigits(text)) {
            throw new ConditionSyntaxException(position, "invalid decimal literal");
        }
        return new Token(TokenKind.FLOAT, text, Double.parseDouble(text.replace("_", "")), position);
    }

    private static Token integer(
            String text, String digits, int radix, Position position, ConditionLimits limits, SourceReader reader) {
        rejectTrailingLetters(reader, position);
        String plain = digits.startsWith("_") ? digits.substring(1) : digits;
        if (!DigitGroups.valid(plain, radix) || !DigitGroups.asciiDigits(plain)) {
            throw new ConditionSyntaxException(position, "invalid " + radixName(radix) + " literal");
        }
        BigInteger value;
        try {
            value = new BigInteger(plain.replace("_", ""), radix);
        } catch (NumberFormatException invalid) {
            throw new ConditionSyntaxException(position, "invalid digit in " + radixName(radix) + " literal");
        }
        if (value.bitLength() > limits.maxIntegerBits()) {
            throw new ConditionSyntaxException(
                    position, "integer literal too large (more than " + limits.maxIntegerBits() + " bits)");
        }
        return new Token(TokenKind.INTEGER, text, value, position);
    }

    private static String radixName(int radix) {
        return switch (radix) {
            case 16 -> "hexadecimal";
            case 8 -> "octal";
            case 2 -> "binary";
            default -> "decimal";
        };
    }

    private static void consume(SourceReader reader, int radix) {
        while (!reader.atEnd()
                && (Character.digit(reader.peek(), radix) >= 0
                        || reader.peek() == '_'
                        || radix < 10 && Character.isDigit(reader.peek()))) {
            reader.advance();
        }
    }

    private static void consumeDecimal(SourceReader reader) {
        consume(reader, 10);
        if (!reader.atEnd() && reader.peek() == '.') {
            reader.advance();
            consume(reader, 10);
        }
        char c = reader.atEnd() ? '\0' : reader.peek();
        boolean signedExponent = (reader.peek(1) == '+' || reader.peek(1) == '-') && Character.isDigit(reader.peek(2));
        if ((c == 'e' || c == 'E') && (Character.isDigit(reader.peek(1)) || signedExponent)) {
            reader.skip(signedExponent ? 2 : 1);
            consume(reader, 10);
        }
    }

    private static void rejectTrailingLetters(SourceReader reader, Position position) {
        if (reader.atEnd()) {
            return;
        }
        char c = reader.peek();
        if (c == 'j' || c == 'J') {
            throw new ConditionSyntaxException(position, "complex numbers are not supported in conditions");
        }
        if (Character.isLetterOrDigit(c) || c == '_') {
            throw new ConditionSyntaxException(position, "invalid decimal literal");
        }
    }
}
