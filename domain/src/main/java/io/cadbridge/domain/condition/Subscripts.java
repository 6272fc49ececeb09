package io.cadbridge.domain.condition;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** Indexing ({@code x[i]}, {@code d[k]}) and slicing ({@code x[a:b:c]}) with Python's rules. */
final class Subscripts {

    private Subscripts() {}

    static Object item(Object receiver, Object index, Evaluation evaluation) {
        return switch (receiver) {
            case PyDict dict -> {
                Object value = dict.get(index);
                if (value == null) {
                    throw new PythonError("KeyError", Repr.repr(index, evaluation));
                }
                yield value;
            }
            case PyList list -> list.elements().get(position(list.elements().size(), index, "list"));
            case PyTuple tuple -> tuple.elements().get(position(tuple.elements().size(), index, "tuple"));
            case String text -> {
                if (!Types.isInteger(index)) {
                    throw PythonError.typeError("string indices must be integers, not '" + Types.name(index) + "'");
                }
                yield PyStrings.at(text, position(PyStrings.length(text), index, "string"));
            }
            case PyRange range -> BigInteger.valueOf(range.get(position(range.length(), index, "range object")));
            case PyMatch match -> MatchMembers.group(match, index);
            default -> throw PythonError.typeError("'" + Types.name(receiver) + "' object is not subscriptable");
        };
    }

    private static int position(long length, Object index, String type) {
        if (!Types.isInteger(index)) {
            throw PythonError.typeError(
                    type.replace(" object", "") + " indices must be integers or slices, not " + Types.name(index));
        }
        BigInteger value = Types.integer(index);
        BigInteger resolved = value.signum() < 0 ? value.add(BigInteger.valueOf(length)) : value;
        if (resolved.signum() < 0 || resolved.compareTo(BigInteger.valueOf(length)) >= 0) {
            throw PythonError.indexError(type + " index out of range");
        }
        return resolved.intValue();
    }

    static Object slice(Object receiver, Object lower, Object upper, Object step, Evaluation evaluation) {
        return switch (receiver) {
            case PyList list -> new PyList(pick(list.elements(), lower, upper, step, evaluation));
            case PyTuple tuple -> new PyTuple(pick(tuple.elements(), lower, upper, step, evaluation));
            case String text -> sliceString(text, lower, upper, step, evaluation);
            case PyRange range -> {
                long[] bounds = SliceBounds.of(range.length(), lower, upper, step);
                yield new PyRange(range.get(bounds[0]), range.get(bounds[1]), range.step() * bounds[2]);
            }
            default -> throw PythonError.typeError("'" + Types.name(receiver) + "' object is not subscriptable");
        };
    }

    private static List<Object> pick(
            List<Object> elements, Object lower, Object upper, Object step, Evaluation evaluation) {
        long[] bounds = SliceBounds.of(elements.size(), lower, upper, step);
        List<Object> picked = new ArrayList<>();
        for (long i = bounds[0]; bounds[2] > 0 ? i < bounds[1] : i > bounds[1]; i += bounds[2]) {
            evaluation.tick();
            picked.add(elements.get((int) i));
        }
        return picked;
    }

    private static String sliceString(String text, Object lower, Object upper, Object step, Evaluation evaluation) {
        boolean simple = PyStrings.simple(text);
        int[] codePoints = simple ? null : text.codePoints().toArray();
        long[] bounds = SliceBounds.of(simple ? text.length() : codePoints.length, lower, upper, step);
        if (simple && bounds[2] == 1) {
            return bounds[0] < bounds[1] ? text.substring((int) bounds[0], (int) bounds[1]) : "";
        }
        StringBuilder picked = new StringBuilder();
        for (long i = bounds[0]; bounds[2] > 0 ? i < bounds[1] : i > bounds[1]; i += bounds[2]) {
            evaluation.tick();
            picked.appendCodePoint(simple ? text.charAt((int) i) : codePoints[(int) i]);
        }
        return picked.toString();
    }
}
