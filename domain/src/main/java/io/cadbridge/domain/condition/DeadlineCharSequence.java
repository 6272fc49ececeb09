package io.cadbridge.domain.condition;

/**
 * The text a regular expression runs over: every character read counts, and the evaluation's deadline is
 * checked now and then, so that a catastrophically backtracking pattern ends with a {@code TimeoutError}.
 */
record DeadlineCharSequence(CharSequence text, Evaluation evaluation) implements CharSequence {

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public char charAt(int index) {
        evaluation.regexTick();
        return text.charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new DeadlineCharSequence(text.subSequence(start, end), evaluation);
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
