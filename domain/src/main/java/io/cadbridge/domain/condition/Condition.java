package io.cadbridge.domain.condition;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A compiled {@code request.condition}: a Python 3.12 expression (a safe subset) deciding whether an
 * integration's request is sent. Compile once when the configuration is saved; evaluate per event.
 * Instances are immutable and safe to share between threads.
 */
public final class Condition {

    private static final int MAX_DESCRIPTION_LENGTH = 200;

    private final String source;
    private final ConditionLimits limits;
    private final Expr tree;
    private final RegexCache regexes = new RegexCache();

    private Condition(String source, ConditionLimits limits, Expr tree) {
        this.source = source;
        this.limits = limits;
        this.tree = tree;
    }

    /** Compiles with {@link ConditionLimits#DEFAULT}. */
    public static Condition compile(String source) {
        return compile(source, ConditionLimits.DEFAULT);
    }

    /**
     * Parses and checks the condition.
     *
     * @throws ConditionSyntaxException with the 1-based line and column of the first problem
     */
    public static Condition compile(String source, ConditionLimits limits) {
        requireNonNull(source, "source is null");
        requireNonNull(limits, "limits is null");
        if (source.length() > limits.maxSourceLength()) {
            throw new ConditionSyntaxException(
                    1, 1, "a condition may have at most " + limits.maxSourceLength() + " characters");
        }
        List<Token> tokens = Tokenizer.tokenize(source, limits);
        Expr tree = Parser.parse(tokens, limits);
        Checker.check(tree, limits);
        return new Condition(source, limits, tree);
    }

    public String source() {
        return source;
    }

    public ConditionLimits limits() {
        return limits;
    }

    /** Evaluates the condition; errors come back as {@link ConditionResult.Failed}, never as exceptions. */
    public ConditionResult evaluate(ConditionScope scope) {
        requireNonNull(scope, "scope is null");
        try {
            Evaluation evaluation = new Evaluation(scope, limits, regexes);
            Object value = Evaluator.evaluate(tree, Locals.NONE, evaluation);
            String description = describe(value, evaluation);
            return Types.truthy(value)
                    ? new ConditionResult.Satisfied(description)
                    : new ConditionResult.NotSatisfied(description);
        } catch (PythonError error) {
            return new ConditionResult.Failed(error.pythonMessage());
        } catch (StackOverflowError overflow) {
            return new ConditionResult.Failed("RecursionError: maximum recursion depth exceeded");
        } catch (RuntimeException unexpected) {
            return new ConditionResult.Failed("SystemError: " + unexpected);
        }
    }

    private static String describe(Object value, Evaluation evaluation) {
        String repr;
        try {
            repr = Repr.repr(value, evaluation);
        } catch (PythonError tooLong) {
            repr = "<" + Types.name(value) + ">";
        }
        return repr.length() <= MAX_DESCRIPTION_LENGTH ? repr : repr.substring(0, MAX_DESCRIPTION_LENGTH - 3) + "...";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Condition condition
                && condition.source.equals(source)
                && condition.limits.equals(limits);
    }

    @Override
    public int hashCode() {
        return source.hashCode();
    }

    @Override
    public String toString() {
        return source;
    }
}
