package io.cadbridge.adapters.persistence;

import static java.util.Objects.requireNonNull;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Group commit: callers on many threads {@link #submit} one item each and wait; one writer thread
 * takes whatever has gathered (up to {@code maxBatch}) and commits it with one call of
 * {@code commit}, so a busy service pays one database round trip for many events instead of one
 * each. An idle service commits each item at once: nobody waits for a batch to fill.
 */
final class GroupCommit<I, O> implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(GroupCommit.class.getName());

    private record Pending<I, O>(I item, CompletableFuture<O> result) {}

    private final String name;
    private final int maxBatch;
    private final Function<List<I>, List<O>> commit;
    private final BlockingQueue<Pending<I, O>> waiting = new LinkedBlockingQueue<>();
    private final Thread writer;
    private volatile boolean closed;

    /** @param commit commits the items in one go and returns one result per item, in order */
    GroupCommit(String name, int maxBatch, Function<List<I>, List<O>> commit) {
        this.name = requireNonNull(name, "name is null");
        if (maxBatch < 1) {
            throw new IllegalArgumentException("maxBatch must be positive, not " + maxBatch);
        }
        this.maxBatch = maxBatch;
        this.commit = requireNonNull(commit, "commit is null");
        this.writer = Thread.ofPlatform()
                .daemon()
                .name("cadbridge-" + name + "-writer")
                .start(this::write);
    }

    /** Waits until {@code item} is committed; rethrows what the commit threw. */
    O submit(I item) {
        if (closed) {
            throw new IllegalStateException(name + " is closed: the service is stopping");
        }
        CompletableFuture<O> result = new CompletableFuture<>();
        waiting.add(new Pending<>(requireNonNull(item, "item is null"), result));
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + name + " to commit", e);
        } catch (ExecutionException e) {
            throw rethrown(e.getCause());
        }
    }

    /** How many items wait for the writer now. */
    int waiting() {
        return waiting.size();
    }

    private void write() {
        List<Pending<I, O>> batch = new ArrayList<>(maxBatch);
        while (!closed || !waiting.isEmpty()) {
            Pending<I, O> first;
            try {
                first = waiting.poll(100, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                break;
            }
            if (first == null) {
                continue;
            }
            batch.add(first);
            waiting.drainTo(batch, maxBatch - 1);
            commit(batch);
            batch.clear();
        }
        waiting.forEach(pending ->
                pending.result().completeExceptionally(new IllegalStateException(name + " closed before committing")));
    }

    private void commit(List<Pending<I, O>> batch) {
        try {
            List<O> results = commit.apply(batch.stream().map(Pending::item).toList());
            if (results.size() != batch.size()) {
                throw new IllegalStateException(
                        name + " returned " + results.size() + " results for " + batch.size() + " items");
            }
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).result().complete(results.get(i));
            }
        } catch (RuntimeException | Error e) {
            if (!(e instanceof RuntimeException)) {
                LOG.log(Level.ERROR, name + " failed", e);
            }
            batch.forEach(pending -> pending.result().completeExceptionally(e));
        }
    }

    /** Commits what was submitted, then stops the writer. */
    @Override
    public void close() {
        closed = true;
        try {
            writer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static RuntimeException rethrown(Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new CompletionException(cause);
    }
}
