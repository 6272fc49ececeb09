package io.cadbridge.domain.condition;

/** A cursor over a condition's source that knows its line and column. */
final class SourceReader {

    private final String source;
    private int index;
    private int line = 1;
    private int lineStart;

    SourceReader(String source) {
        this.source = source;
    }

    boolean atEnd() {
        return index >= source.length();
    }

    char peek() {
        return source.charAt(index);
    }

    /** The character {@code offset} ahead, or NUL past the end. */
    char peek(int offset) {
        return index + offset < source.length() ? source.charAt(index + offset) : '\0';
    }

    int codePoint() {
        return source.codePointAt(index);
    }

    String lookahead(int length) {
        return source.substring(index, Math.min(source.length(), index + length));
    }

    int index() {
        return index;
    }

    String text(int start) {
        return source.substring(start, index);
    }

    void advance() {
        index++;
    }

    void skip(int count) {
        index += count;
    }

    /** Consumes a line break ({@code \n}, {@code \r\n} or {@code \r}). */
    void newline() {
        if (source.charAt(index) == '\r' && peek(1) == '\n') {
            index++;
        }
        index++;
        line++;
        lineStart = index;
    }

    int line() {
        return line;
    }

    Position position() {
        return new Position(line, index - lineStart + 1);
    }
}
