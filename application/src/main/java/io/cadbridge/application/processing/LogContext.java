package io.cadbridge.application.processing;

import io.cadbridge.application.port.out.QueuedWork.ClaimedJob;
import io.cadbridge.domain.conversation.ConversationEvent;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.MDC;

/**
 * The ids of what a thread works on, on every log line it writes meanwhile, the CRM client's
 * included (SLF4J's MDC; ADR 0027). Opened with try-with-resources on the thread that does the
 * work. Closing puts back what was there before, usually nothing: nothing carries over to the next
 * task of a pooled or virtual thread, and a context opened inside another (a job run at once on the
 * thread that accepted its event) leaves the outer one as it was.
 */
final class LogContext implements AutoCloseable {

    static final String EVENT_ID = "eventId";
    static final String CONVERSATION_ID = "conversationId";
    static final String JOB_ID = "jobId";
    static final String INTEGRATION_ID = "integrationId";

    /** Each key put, with its value before. */
    private final Map<String, Optional<String>> before;

    private LogContext(Map<String, Optional<String>> before) {
        this.before = before;
    }

    /** While an event is accepted or its job runs. */
    static LogContext of(ConversationEvent event) {
        return put(Map.of(
                EVENT_ID,
                event.id().value(),
                CONVERSATION_ID,
                event.conversationId().value()));
    }

    /** While one step of a job runs: its integration for the job's event. */
    static LogContext ofStep(ClaimedJob job) {
        return put(Map.of(
                JOB_ID,
                Long.toString(job.jobId()),
                INTEGRATION_ID,
                job.integration().toString()));
    }

    private static LogContext put(Map<String, String> values) {
        Map<String, Optional<String>> before = new LinkedHashMap<>();
        values.forEach((key, value) -> {
            before.put(key, Optional.ofNullable(MDC.get(key)));
            MDC.put(key, value);
        });
        return new LogContext(before);
    }

    @Override
    public void close() {
        before.forEach((key, value) -> value.ifPresentOrElse(earlier -> MDC.put(key, earlier), () -> MDC.remove(key)));
    }
}
