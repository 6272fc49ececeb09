package io.cadbridge.testkit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.function.Supplier;

/** The answers a test scripted for the next API requests, in order, each used once. */
final class ScriptedAnswers {

    private final Deque<Supplier<FakeResponse>> answers = new ArrayDeque<>();

    synchronized void add(int times, Supplier<FakeResponse> answer) {
        if (times < 0) {
            throw new IllegalArgumentException("times must not be negative: " + times);
        }
        for (int i = 0; i < times; i++) {
            answers.addLast(answer);
        }
    }

    synchronized Optional<FakeResponse> next() {
        Supplier<FakeResponse> answer = answers.pollFirst();
        return answer == null ? Optional.empty() : Optional.of(answer.get());
    }

    synchronized void clear() {
        answers.clear();
    }
}
