package io.cadbridge.vendors.common;

import io.cadbridge.json.JsonRead;
import io.cadbridge.json.JsonString;
import io.cadbridge.json.JsonValue;
import java.util.List;
import java.util.stream.Stream;

/**
 * One line for the agent about the open cases read, as the built-in adapters write their ticket
 * summary: {@code 2 open cases; latest 00001026: Printer on fire (New, High)}. Reads the members
 * {@code number}, {@code subject}, {@code status} and {@code priority} of the document's cases
 * (Salesforce and Dynamics 365 write them so).
 */
public final class CaseSummary {

    private CaseSummary() {}

    /** @param cases the document's cases, newest first; {@code maxCases} of them means there may be more */
    public static JsonString of(List<JsonValue> cases, int maxCases) {
        if (cases.isEmpty()) {
            return new JsonString("no open cases");
        }
        String count = cases.size() >= maxCases
                ? cases.size() + " or more open cases"
                : cases.size() == 1 ? "1 open case" : cases.size() + " open cases";
        JsonValue latest = cases.getFirst();
        List<String> labels = Stream.of("status", "priority")
                .flatMap(name -> JsonRead.text(latest, name).stream())
                .toList();
        return new JsonString(
                count + "; latest " + JsonRead.text(latest, "number").orElse("?") + ": "
                        + JsonRead.text(latest, "subject").orElse("(no subject)")
                        + (labels.isEmpty() ? "" : " (" + String.join(", ", labels) + ")"));
    }
}
