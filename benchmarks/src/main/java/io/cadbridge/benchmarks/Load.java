package io.cadbridge.benchmarks;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.LockSupport;

/** How events are sent: over HTTP, each sender and each event on a virtual thread; or to Kafka. */
sealed interface Load {

    Duration duration();

    /** Sends events named {@code <prefix>-<n>} and returns what was sent and answered. */
    SendLog run(ServiceApi api, String prefix, Duration duration);

    /** Closed loop: {@code senders} clients, each sending its next event as soon as the previous one is answered. */
    record Closed(int senders, Duration duration, int maxEvents) implements Load {

        @Override
        public SendLog run(ServiceApi api, String prefix, Duration duration) {
            SendLog log = new SendLog(prefix, maxEvents);
            long deadline = System.nanoTime() + duration.toNanos();
            try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int sender = 0; sender < senders; sender++) {
                    threads.submit(() -> {
                        int event;
                        while (System.nanoTime() < deadline && (event = log.nextEvent()) >= 0) {
                            log.send(api, event);
                        }
                    });
                }
            }
            return log;
        }
    }

    /**
     * Open loop: event n is sent at start + n / perSecond whatever happened to the earlier ones, so a slow
     * answer never slows the load down (no coordinated omission).
     */
    record Open(int perSecond, Duration duration) implements Load {

        @Override
        public SendLog run(ServiceApi api, String prefix, Duration duration) {
            int total = Math.toIntExact(perSecond * duration.toSeconds());
            SendLog log = new SendLog(prefix, total);
            long start = System.nanoTime();
            try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int event = log.nextEvent(); event >= 0; event = log.nextEvent()) {
                    long due = start + event * 1_000_000_000L / perSecond;
                    LockSupport.parkNanos(due - System.nanoTime());
                    int scheduled = event;
                    threads.submit(() -> log.send(api, scheduled));
                }
            }
            return log;
        }
    }

    /**
     * Kafka (ADR 0030): events produced to the topic the service reads, as fast as the service takes
     * them but never more than {@code lead} ahead of what it has committed (its group's offsets): a
     * bounded backlog, as the closed loop's requests in flight are bounded.
     */
    record Kafka(BenchKafka kafka, int lead, Duration duration, int maxEvents) implements Load {

        private static final long PACE_NANOS = 20_000_000;

        @Override
        public SendLog run(ServiceApi api, String prefix, Duration duration) {
            SendLog log = new SendLog(prefix, maxEvents);
            long deadline = System.nanoTime() + duration.toNanos();
            long committedBefore = kafka.committed();
            long sent = 0;
            boolean full = false;
            while (!full && System.nanoTime() < deadline) {
                long ahead = sent - (kafka.committed() - committedBefore);
                for (; ahead < lead; ahead++, sent++) {
                    int event = log.nextEvent();
                    if (event < 0) {
                        full = true;
                        break;
                    }
                    kafka.send(log, event);
                }
                LockSupport.parkNanos(PACE_NANOS);
            }
            kafka.flush();
            return log;
        }

        @Override
        public String toString() {
            return "Kafka, %d partitions, at most %,d events ahead of the service's commits, %d s or %,d events"
                    .formatted(kafka.partitions(), lead, duration.toSeconds(), maxEvents);
        }
    }
}
