package io.cadbridge.domain.condition;

/**
 * {@code sum()}'s running total. Like CPython 3.12, floats are added with Neumaier's compensation, so
 * {@code sum([0.1] * 10) == 1.0}; ints stay exact; anything else goes through {@code +}.
 */
final class FloatSum {

    private final Evaluation evaluation;
    private Object total;
    private double floatTotal;
    private double compensation;
    private boolean inFloats;

    FloatSum(Object start, Evaluation evaluation) {
        this.evaluation = evaluation;
        this.total = start;
        if (start instanceof Double number) {
            inFloats = true;
            floatTotal = number;
        }
    }

    void add(Object element) {
        if (!inFloats && element instanceof Double && Types.isNumber(total)) {
            inFloats = true;
            floatTotal = Types.toDouble(total);
        }
        if (inFloats && Types.isNumber(element)) {
            double x = Types.toDouble(element);
            double t = floatTotal + x;
            compensation += Math.abs(floatTotal) >= Math.abs(x) ? floatTotal - t + x : x - t + floatTotal;
            floatTotal = t;
            return;
        }
        if (inFloats) {
            total = result();
            inFloats = false;
            compensation = 0;
        }
        total = Arithmetic.binary(BinaryOperator.ADD, total, element, evaluation);
    }

    Object result() {
        if (!inFloats) {
            return total;
        }
        return compensation != 0 && Double.isFinite(compensation) ? floatTotal + compensation : floatTotal;
    }
}
