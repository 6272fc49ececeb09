package io.cadbridge.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class GroupCommitTest {

    @Test
    void manyCallersShareFewCommitsAndEachGetsItsOwnResult() throws Exception {
        List<Integer> batchSizes = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch firstCommitStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (GroupCommit<Integer, String> commit = new GroupCommit<>("test", 50, items -> {
                    batchSizes.add(items.size());
                    firstCommitStarted.countDown();
                    await(release);
                    return items.stream().map(item -> "committed " + item).toList();
                });
                ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<String>> results = new ArrayList<>();
            results.add(callers.submit(() -> commit.submit(0)));
            firstCommitStarted.await();
            IntStream.rangeClosed(1, 120).forEach(item -> results.add(callers.submit(() -> commit.submit(item))));
            while (commit.waiting() < 120) { // the 120 callers queue up behind the first commit
                Thread.onSpinWait();
            }
            release.countDown();

            for (int item = 0; item <= 120; item++) {
                assertThat(results.get(item).get()).isEqualTo("committed " + item);
            }
        }
        assertThat(batchSizes).first().isEqualTo(1);
        assertThat(batchSizes.stream().mapToInt(Integer::intValue).sum()).isEqualTo(121);
        assertThat(batchSizes)
                .as("the waiting callers are committed together, at most 50 at a time")
                .hasSizeLessThanOrEqualTo(4)
                .allSatisfy(size -> assertThat(size).isLessThanOrEqualTo(50));
    }

    @Test
    void aFailedCommitFailsEveryCallerOfThatBatchWithItsException() {
        try (GroupCommit<Integer, String> commit = new GroupCommit<>("test", 10, items -> {
            throw new IllegalStateException("database is down");
        })) {
            assertThatThrownBy(() -> commit.submit(1))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("database is down");
        }
    }

    @Test
    void aClosedGroupCommitRefusesNewItems() {
        GroupCommit<Integer, Integer> commit = new GroupCommit<>("test", 10, items -> items);
        assertThat(commit.submit(7)).isEqualTo(7);
        commit.close();

        assertThatThrownBy(() -> commit.submit(8))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("stopping");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
