package io.cadbridge.domain.validation;

import java.util.List;

/** A definition was rejected; carries every problem found, not just the first. */
public final class ValidationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<ValidationProblem> problems;

    public ValidationException(List<ValidationProblem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public ValidationException(String pointer, String message) {
        this(List.of(new ValidationProblem(pointer, message)));
    }

    public List<ValidationProblem> problems() {
        return problems;
    }

    private static String summary(List<ValidationProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a validation exception needs at least one problem");
        }
        ValidationProblem first = problems.getFirst();
        String more = problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : "";
        return first.pointer() + ": " + first.message() + more;
    }
}
