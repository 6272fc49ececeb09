package io.cadbridge.testkit;

import static java.util.Objects.requireNonNull;

import io.cadbridge.domain.conversation.ConversationEvent;
import io.cadbridge.domain.exchange.CrmResponse;
import io.cadbridge.domain.run.Run;
import io.cadbridge.domain.run.RunStatus;
import io.cadbridge.domain.run.RunTrace;
import io.cadbridge.json.JsonObject;
import io.cadbridge.json.JsonValue;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One vendor integration run through the real host, as the service runs it for an event.
 *
 * @param event the event it ran for
 * @param run the run as the run log records it: status, reason (with the retry note), HTTP status
 * @param saved the attached data it saved: the integration's {@code response.save}, by default the
 *     adapter's default mapping
 * @param trace what a test run shows: the answer (the adapter's document and the calls header) and the mapping
 * @param elapsed how long the run took, retries and their waits included
 */
public record HostRun(ConversationEvent event, Run run, JsonObject saved, RunTrace trace, Duration elapsed) {

    public HostRun {
        requireNonNull(event, "event is null");
        requireNonNull(run, "run is null");
        requireNonNull(saved, "saved is null");
        requireNonNull(trace, "trace is null");
        requireNonNull(elapsed, "elapsed is null");
    }

    public boolean succeeded() {
        return run.status() == RunStatus.SUCCEEDED;
    }

    /** The run log's reason: what was saved, or why it failed. */
    public String reason() {
        return run.reason();
    }

    /** The status of the answer: 200 for the adapter's document, the vendor's status when it refused; empty without an answer. */
    public OptionalInt status() {
        return run.httpStatus();
    }

    /** The host's answer: the adapter's document as the body, {@code x-cadbridge-vendor-calls}; empty without one. */
    public Optional<CrmResponse> response() {
        return trace.response();
    }

    /**
     * The adapter's document, what {@code {response.body}} reads.
     *
     * @throws AssertionError naming the run's reason when the lookup did not succeed
     */
    public JsonValue document() {
        if (!succeeded()) {
            throw new AssertionError("the lookup did not succeed: " + reason());
        }
        return response().flatMap(CrmResponse::json).orElseThrow(() -> new AssertionError("no document: " + reason()));
    }

    /** The vendor calls the adapter made, as the host noted them ({@code x-cadbridge-vendor-calls}). */
    public String vendorCalls() {
        return response().map(answer -> answer.headers().getOrDefault("x-cadbridge-vendor-calls", ""))
                .orElse("");
    }

    @Override
    public String toString() {
        return "HostRun[" + run.status() + " " + status() + ": " + reason() + "; saved " + saved.toJson() + "]";
    }
}
