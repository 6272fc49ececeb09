package io.cadbridge.domain.condition;

/** A string builder that raises {@code MemoryError} instead of growing past the string limit. */
final class BoundedText {

    private final StringBuilder text = new StringBuilder();
    private final Evaluation evaluation;
    private final int limit;

    BoundedText(Evaluation evaluation) {
        this.evaluation = evaluation;
        this.limit = evaluation.limits().maxStringLength();
    }

    BoundedText append(String part) {
        if ((long) text.length() + part.length() > limit) {
            evaluation.checkStringLength((long) text.length() + part.length());
        }
        text.append(part);
        return this;
    }

    BoundedText append(char c) {
        return append(String.valueOf(c));
    }

    int length() {
        return text.length();
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
