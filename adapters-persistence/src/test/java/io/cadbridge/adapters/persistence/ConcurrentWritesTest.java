package io.cadbridge.adapters.persistence;

import static io.cadbridge.application.port.out.contract.ConversationSamples.NOON;
import static org.assertj.core.api.Assertions.assertThat;

import io.cadbridge.application.port.out.QueuedWork.Acceptance;
import io.cadbridge.application.port.out.QueuedWork.ClaimedJob;
import io.cadbridge.application.port.out.QueuedWork.NewJob;
import io.cadbridge.application.port.out.QueuedWork.NextStep;
import io.cadbridge.application.port.out.QueuedWork.StepCommit;
import io.cadbridge.application.port.out.contract.ConversationSamples;
import io.cadbridge.domain.conversation.CadLimits;
import io.cadbridge.domain.conversation.ConversationId;
import io.cadbridge.domain.integration.IntegrationId;
import io.cadbridge.domain.run.Run;
import io.cadbridge.domain.run.RunStatus;
import io.cadbridge.domain.run.StepOutcome;
import io.cadbridge.json.JsonNumber;
import io.cadbridge.json.JsonObject;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Deliveries, claims and commits handled at once by different threads (or service instances) must not lose or share work. */
class ConcurrentWritesTest {

    @RegisterExtension
    static final PostgresSchema DATABASE = new PostgresSchema();

    private static final int WRITERS = 40;

    @BeforeEach
    void emptyDatabase() {
        DATABASE.clear();
    }

    @Test
    void concurrentStepsIntoOneConversationKeepEveryKey() throws Exception {
        JooqWorkQueue queue = new JooqWorkQueue(DATABASE.dsl(), Clock.systemUTC(), CadLimits.DEFAULT);
        IntegrationId integration = IntegrationId.random();
        queue.acceptAll(IntStream.range(0, WRITERS)
                .mapToObj(writer -> new NewJob(
                        ConversationSamples.event("event-" + writer, "conversation-1"),
                        List.of(integration),
                        NOON,
                        Optional.of("process-" + writer)))
                .toList());
        List<ClaimedJob> jobs = new ArrayList<>();
        for (int writer = 0; writer < WRITERS; writer++) {
            queue.releaseAll("process-" + writer);
        }
        jobs.addAll(queue.claim("worker", WRITERS, Duration.ofSeconds(30)));

        runTogether(jobs.stream()
                .<Callable<Object>>map(job -> () -> queue.commit(new StepCommit(
                        job.jobId(),
                        0,
                        "worker",
                        new StepOutcome(
                                Run.of(
                                        integration,
                                        "writer",
                                        job.event(),
                                        RunStatus.SUCCEEDED,
                                        "saved",
                                        OptionalInt.empty(),
                                        Duration.ZERO,
                                        NOON),
                                JsonObject.builder()
                                        .put("key_" + job.jobId(), JsonNumber.of(job.jobId()))
                                        .build(),
                                job.version(),
                                Map.of()),
                        new NextStep.None())))
                .toList());

        assertThat(new JooqConversationStore(DATABASE.dsl())
                        .find(new ConversationId("conversation-1"))
                        .orElseThrow()
                        .attachedData()
                        .values()
                        .members())
                .hasSize(WRITERS);
    }

    @Test
    void concurrentDeliveriesOfOneEventAcceptItOnce() throws Exception {
        JooqWorkQueue queue = new JooqWorkQueue(DATABASE.dsl(), Clock.systemUTC(), CadLimits.DEFAULT);
        NewJob job = new NewJob(
                ConversationSamples.event("event-1", "conversation-1"),
                List.of(IntegrationId.random()),
                NOON,
                Optional.empty());

        List<Object> results = runTogether(IntStream.range(0, WRITERS)
                .<Callable<Object>>mapToObj(writer -> () -> queue.accept(job))
                .toList());

        assertThat(results).filteredOn(Acceptance.Accepted.class::isInstance).hasSize(1);
    }

    @Test
    void concurrentClaimersNeverShareAJob() throws Exception {
        JooqWorkQueue queue = new JooqWorkQueue(DATABASE.dsl(), Clock.systemUTC(), CadLimits.DEFAULT);
        queue.acceptAll(IntStream.range(0, 200)
                .mapToObj(event -> new NewJob(
                        ConversationSamples.event("event-" + event, "conversation-" + event),
                        List.of(IntegrationId.random()),
                        NOON,
                        Optional.empty()))
                .toList());

        List<Object> claims = runTogether(IntStream.range(0, 8)
                .<Callable<Object>>mapToObj(
                        claimer -> () -> queue.claim("claimer-" + claimer, 50, Duration.ofSeconds(30)))
                .toList());

        List<Long> claimed = claims.stream()
                .flatMap(list -> ((List<?>) list).stream())
                .map(job -> ((ClaimedJob) job).jobId())
                .toList();
        assertThat(claimed).hasSize(200).doesNotHaveDuplicates();
    }

    private static List<Object> runTogether(List<Callable<Object>> tasks) throws Exception {
        ExecutorService executor = Executors.newFixedThreadPool(8);
        try {
            List<Object> results = new ArrayList<>();
            for (Future<Object> future : executor.invokeAll(tasks)) {
                results.add(future.get());
            }
            return results;
        } finally {
            executor.shutdownNow();
        }
    }
}
