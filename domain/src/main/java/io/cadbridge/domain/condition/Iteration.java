package io.cadbridge.domain.condition;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Iterates Python iterables, one step per element; the consumer returns false to stop early. */
final class Iteration {

    private Iteration() {}

    static void forEach(Object iterable, Evaluation evaluation, Predicate<Object> consumer) {
        switch (iterable) {
            case PyList list -> each(list.elements(), evaluation, consumer);
            case PyTuple tuple -> each(tuple.elements(), evaluation, consumer);
            case PyDict dict -> each(dict.keys(), evaluation, consumer);
            case PySet set -> each(set.elements(), evaluation, consumer);
            case String text -> characters(text, evaluation, consumer);
            case PyRange range -> {
                for (long i = 0; i < range.length(); i++) {
                    evaluation.tick();
                    if (!consumer.test(java.math.BigInteger.valueOf(range.get(i)))) {
                        return;
                    }
                }
            }
            case PyGenerator generator -> Comprehensions.run(generator, evaluation, consumer);
            default -> throw PythonError.typeError("'" + Types.name(iterable) + "' object is not iterable");
        }
    }

    private static void each(List<Object> elements, Evaluation evaluation, Predicate<Object> consumer) {
        for (Object element : elements) {
            evaluation.tick();
            if (!consumer.test(element)) {
                return;
            }
        }
    }

    private static void characters(String text, Evaluation evaluation, Predicate<Object> consumer) {
        for (int i = 0; i < text.length(); ) {
            evaluation.tick();
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            if (!consumer.test(new String(Character.toChars(codePoint)))) {
                return;
            }
        }
    }

    static List<Object> toList(Object iterable, Evaluation evaluation) {
        if (iterable instanceof PyRange range) {
            evaluation.checkCollectionSize(range.length());
        }
        List<Object> elements = new ArrayList<>();
        forEach(iterable, evaluation, element -> {
            elements.add(element);
            if (elements.size() > evaluation.limits().maxCollectionSize()) {
                evaluation.checkCollectionSize(elements.size());
            }
            return true;
        });
        return elements;
    }
}
