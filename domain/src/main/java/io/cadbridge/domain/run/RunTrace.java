package io.cadbridge.domain.run;

import static java.util.Objects.requireNonNull;

import io.cadbridge.domain.exchange.CrmResponse;
import io.cadbridge.domain.exchange.OutboundRequest;
import io.cadbridge.domain.routing.SetResult;
import io.cadbridge.json.JsonObject;
import java.util.List;
import java.util.Optional;

/**
 * Every step of one run, for the test run: the condition's verdict, the request as sent, the answer,
 * and what {@code save} and {@code set} made of it.
 */
public record RunTrace(
        Optional<String> condition,
        Optional<OutboundRequest> request,
        Optional<CrmResponse> response,
        JsonObject saved,
        List<SetResult> set) {

    public static final RunTrace NOTHING =
            new RunTrace(Optional.empty(), Optional.empty(), Optional.empty(), JsonObject.EMPTY, List.of());

    public RunTrace {
        requireNonNull(condition, "condition is null");
        requireNonNull(request, "request is null");
        requireNonNull(response, "response is null");
        requireNonNull(saved, "saved is null");
        set = List.copyOf(requireNonNull(set, "set is null"));
    }

    /** A trace that starts with the condition's verdict (empty when the request has no condition). */
    public static RunTrace of(Optional<String> condition) {
        return new RunTrace(condition, Optional.empty(), Optional.empty(), JsonObject.EMPTY, List.of());
    }

    public RunTrace withRequest(OutboundRequest sent) {
        return new RunTrace(condition, Optional.of(sent), response, saved, set);
    }

    public RunTrace withResponse(CrmResponse answer) {
        return new RunTrace(condition, request, Optional.of(answer), saved, set);
    }

    public RunTrace withMapping(JsonObject savedData, List<SetResult> setResults) {
        return new RunTrace(condition, request, response, savedData, setResults);
    }
}
