package io.cadbridge.domain.run;

import static java.util.Objects.requireNonNull;

import io.cadbridge.domain.routing.SetResult;
import io.cadbridge.json.JsonObject;
import java.util.List;

/**
 * A run with what it produced: the attached data to merge ({@code saved}), the routing results
 * ({@code set}) and every step it took ({@code trace}, what a test run shows).
 *
 * @param refusedByLimit the request was not sent because a limit of this service (concurrent calls,
 *     rate) was reached: the run failed without the CRM having been asked, so it is worth trying later
 */
public record RunResult(Run run, JsonObject saved, List<SetResult> set, RunTrace trace, boolean refusedByLimit) {

    public RunResult {
        requireNonNull(run, "run is null");
        requireNonNull(saved, "saved is null");
        set = List.copyOf(requireNonNull(set, "set is null"));
        requireNonNull(trace, "trace is null");
    }

    /** A run that produced nothing (skipped, or failed before an answer came). */
    public static RunResult nothing(Run run, RunTrace trace) {
        return new RunResult(run, JsonObject.EMPTY, List.of(), trace, false);
    }

    /** The same result with the run as it was recorded (failed when a limit refused what it saved). */
    public RunResult recordedAs(Run recorded) {
        return new RunResult(recorded, saved, set, trace, refusedByLimit);
    }

    /** Another process took the run's job over: what it saved and decided was not applied. */
    public RunResult notApplied() {
        return new RunResult(run, JsonObject.EMPTY, List.of(), trace, refusedByLimit);
    }
}
