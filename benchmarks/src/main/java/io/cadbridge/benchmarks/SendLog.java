package io.cadbridge.benchmarks;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the load generator did, per event: events are named {@code <prefix>-<n>} and event n's send
 * time (the wall clock, as PostgreSQL's timestamps are), answer time and HTTP status are kept at index n.
 */
final class SendLog {

    private final String prefix;
    private final long[] sentMicros;
    private final long[] answeredMicros;
    private final int[] statuses;
    private final AtomicInteger handedOut = new AtomicInteger();

    SendLog(String prefix, int capacity) {
        this.prefix = prefix;
        this.sentMicros = new long[capacity];
        this.answeredMicros = new long[capacity];
        this.statuses = new int[capacity];
    }

    static long epochMicros() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000 + now.getNano() / 1_000;
    }

    /** The next event number to send, or -1 when the log is full. */
    int nextEvent() {
        int event = handedOut.getAndIncrement();
        return event < sentMicros.length ? event : -1;
    }

    void send(ServiceApi api, int event) {
        sent(event);
        answered(event, api.postEvent(eventId(event)));
    }

    /** Event n is handed over now (to the HTTP client, or to the Kafka producer). */
    void sent(int event) {
        sentMicros[event] = epochMicros();
    }

    /** Event n is answered now with {@code status} (for Kafka: 202 once the broker acknowledged it, else 0). */
    void answered(int event, int status) {
        answeredMicros[event] = epochMicros();
        statuses[event] = status;
    }

    String prefix() {
        return prefix;
    }

    String eventId(int event) {
        return prefix + "-" + event;
    }

    int count() {
        return Math.min(handedOut.get(), sentMicros.length);
    }

    long sentMicros(int event) {
        return sentMicros[event];
    }

    boolean accepted(int event) {
        return statuses[event] == 200 || statuses[event] == 202;
    }

    long acceptedCount() {
        long accepted = 0;
        for (int event = 0; event < count(); event++) {
            accepted += accepted(event) ? 1 : 0;
        }
        return accepted;
    }

    /** How many answers had each status ({@link ServiceApi#NO_ANSWER} for none). */
    Map<Integer, Integer> statusCounts() {
        Map<Integer, Integer> counts = new TreeMap<>();
        for (int event = 0; event < count(); event++) {
            counts.merge(statuses[event], 1, Integer::sum);
        }
        return counts;
    }

    long[] answerMicros() {
        long[] answers = new long[count()];
        for (int event = 0; event < answers.length; event++) {
            answers[event] = answeredMicros[event] - sentMicros[event];
        }
        return answers;
    }

    long firstSentMicros() {
        long first = Long.MAX_VALUE;
        for (int event = 0; event < count(); event++) {
            first = Math.min(first, sentMicros[event]);
        }
        return first;
    }

    long lastAnsweredMicros() {
        long last = 0;
        for (int event = 0; event < count(); event++) {
            last = Math.max(last, answeredMicros[event]);
        }
        return last;
    }
}
