package io.cadbridge.domain.condition;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/** The immutable expression tree a condition compiles to. */
sealed interface Expr {

    Position position();

    /** A literal: int ({@code BigInteger}), float ({@code Double}), str, bool or None. */
    record Constant(Object value, Position position) implements Expr {}

    record Name(String identifier, Position position) implements Expr {}

    /** A tuple, list or set display such as {@code ('en', 'fi')}. */
    record Display(DisplayKind kind, List<Expr> elements, Position position) implements Expr {
        public Display {
            elements = List.copyOf(elements);
        }
    }

    record DictDisplay(List<Expr> keys, List<Expr> values, Position position) implements Expr {
        public DictDisplay {
            keys = List.copyOf(keys);
            values = List.copyOf(values);
        }
    }

    /** {@code a and b and c} or {@code a or b}: short-circuit, returns an operand like Python. */
    record BoolOp(boolean conjunction, List<Expr> operands, Position position) implements Expr {
        public BoolOp {
            operands = List.copyOf(operands);
        }
    }

    record Not(Expr operand, Position position) implements Expr {}

    record Unary(UnaryOperator operator, Expr operand, Position position) implements Expr {}

    record Binary(BinaryOperator operator, Expr left, Expr right, Position position) implements Expr {}

    /** A chained comparison {@code a < b <= c}: {@code operators.size() == operands.size()}. */
    record Compare(Expr first, List<CompareOperator> operators, List<Expr> operands, Position position)
            implements Expr {
        public Compare {
            operators = List.copyOf(operators);
            operands = List.copyOf(operands);
        }
    }

    /** {@code body if test else orElse}. */
    record Conditional(Expr test, Expr body, Expr orElse, Position position) implements Expr {}

    record Attribute(Expr receiver, String name, Position position) implements Expr {}

    record Call(Expr callee, List<Expr> arguments, List<Keyword> keywords, Position position) implements Expr {
        public Call {
            arguments = List.copyOf(arguments);
            keywords = List.copyOf(keywords);
        }
    }

    record Subscript(Expr receiver, Expr index, Position position) implements Expr {}

    /** {@code lower:upper:step} inside a subscript. */
    record Slice(Optional<Expr> lower, Optional<Expr> upper, Optional<Expr> step, Position position) implements Expr {}

    /** A list, set or dict comprehension or a generator expression; {@code value} is set for dicts only. */
    record Comprehension(
            ComprehensionKind kind, Expr element, Optional<Expr> value, List<ForClause> clauses, Position position)
            implements Expr {
        public Comprehension {
            clauses = List.copyOf(clauses);
        }
    }

    record Keyword(String name, Expr value) {
        public Keyword {
            requireNonNull(name, "name is null");
            requireNonNull(value, "value is null");
        }
    }

    /** {@code for a, b in iterable if condition}: {@code unpack} when the target is a tuple of names. */
    record ForClause(List<String> targets, boolean unpack, Expr iterable, List<Expr> conditions) {
        public ForClause {
            targets = List.copyOf(targets);
            conditions = List.copyOf(conditions);
        }
    }

    enum DisplayKind {
        TUPLE,
        LIST,
        SET
    }

    enum ComprehensionKind {
        LIST,
        SET,
        DICT,
        GENERATOR
    }
}
