package io.cadbridge.domain.condition;

/** A generator expression, run lazily by whatever consumes it (so {@code any(...)} stops early). */
record PyGenerator(Expr.Comprehension comprehension, Locals locals) {}
