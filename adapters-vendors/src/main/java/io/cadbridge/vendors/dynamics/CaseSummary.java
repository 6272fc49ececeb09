package io.cadbridge.vendors.dynamics;

import io.cadbridge.json.JsonString;
import io.cadbridge.json.JsonValue;
import java.util.List;
import java.util.stream.Stream;

/**
 * One line for the agent about the open cases read, as the other built-in adapters write their
 * ticket summary: {@code 2 open cases; latest CAS-01026-Z3B4: Printer on fire (New, High)}.
 */
final class CaseSummary {

    private CaseSummary() {}

    /** @param cases the document's cases, newest first; {@code maxCases} of them means there may be more */
    static JsonString of(List<JsonValue> cases, int maxCases) {
        if (cases.isEmpty()) {
            return new JsonString("no open cases");
        }
        String count = cases.size() >= maxCases
                ? cases.size() + " or more open cases"
                : cases.size() == 1 ? "1 open case" : cases.size() + " open cases";
        JsonValue latest = cases.getFirst();
        List<String> labels = Stream.of("status", "priority")
                .flatMap(name -> Members.text(latest, name).stream())
                .toList();
        return new JsonString(
                count + "; latest " + Members.text(latest, "number").orElse("?") + ": "
                        + Members.text(latest, "subject").orElse("(no subject)")
                        + (labels.isEmpty() ? "" : " (" + String.join(", ", labels) + ")"));
    }
}
