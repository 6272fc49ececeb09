package io.cadbridge.application.processing;

import java.util.concurrent.Semaphore;

/**
 * Room for the jobs this process runs at once. Room is taken as a {@link Reservation} before a job
 * is leased (so that a job is only leased to a process that can run it) and handed to the job as a
 * {@link Slot} that the job frees when it ends; whatever a reservation did not hand out is freed
 * when it closes, on every path.
 */
final class Slots {

    private final Semaphore permits;
    private volatile boolean closed;

    Slots(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("size must be positive, not " + size);
        }
        this.permits = new Semaphore(size);
    }

    /** {@code count} slots, or none when that many are not free or the worker is stopping. */
    Reservation tryReserve(int count) {
        return !closed && count > 0 && permits.tryAcquire(count) ? new Reservation(count) : new Reservation(0);
    }

    /** How many slots are free now. */
    int free() {
        return closed ? 0 : permits.availablePermits();
    }

    /** No more reservations: the worker is stopping. */
    void close() {
        closed = true;
    }

    /** Reserved room; closing it frees what was not handed to a job. */
    final class Reservation implements AutoCloseable {

        private int left;

        private Reservation(int count) {
            this.left = count;
        }

        boolean held() {
            return left > 0;
        }

        /** Hands one reserved slot to a job, which frees it when it ends. */
        Slot take() {
            if (left == 0) {
                throw new IllegalStateException("nothing left of this reservation");
            }
            left--;
            return new Slot();
        }

        @Override
        public void close() {
            permits.release(left);
            left = 0;
        }
    }

    /** One job's room; freed once, when the job ends. */
    final class Slot implements AutoCloseable {

        private boolean freed;

        private Slot() {}

        @Override
        public synchronized void close() {
            if (!freed) {
                freed = true;
                permits.release();
            }
        }
    }
}
