package io.cadbridge.application.processing;

import static java.util.Objects.requireNonNull;

import io.cadbridge.application.port.out.WorkQueue;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps the leases of the jobs this process is running: every {@code lease / 3} it extends them by
 * {@code lease}. A job that is no longer held is no longer renewed, so its lease expires and
 * another process may take it over.
 */
final class LeaseHeartbeat {

    private static final System.Logger LOG = System.getLogger(LeaseHeartbeat.class.getName());

    private final WorkQueue queue;
    private final String owner;
    private final Duration lease;
    private final Set<Long> held = ConcurrentHashMap.newKeySet();
    private Thread beating;

    LeaseHeartbeat(WorkQueue queue, String owner, Duration lease) {
        this.queue = requireNonNull(queue, "queue is null");
        this.owner = requireNonNull(owner, "owner is null");
        this.lease = requireNonNull(lease, "lease is null");
    }

    void hold(long jobId) {
        held.add(jobId);
    }

    void forget(long jobId) {
        held.remove(jobId);
    }

    synchronized void start() {
        if (beating == null) {
            beating = Thread.ofVirtual().name("cadbridge-lease-heartbeat").start(this::beat);
        }
    }

    synchronized void stop() {
        if (beating != null) {
            beating.interrupt();
        }
    }

    private void beat() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                Thread.sleep(lease.dividedBy(3));
            } catch (InterruptedException e) {
                return;
            }
            if (!held.isEmpty()) {
                try {
                    queue.renew(owner, List.copyOf(held), lease);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "cannot renew the leases of " + held.size() + " running jobs: " + e);
                }
            }
        }
    }
}
