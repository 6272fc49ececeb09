package io.cadbridge.vendors.salesforce;

import io.cadbridge.json.JsonArray;
import io.cadbridge.json.JsonBoolean;
import io.cadbridge.json.JsonNumber;
import io.cadbridge.json.JsonObject;
import io.cadbridge.json.JsonValue;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SOQL subset the adapter sends, run against {@link SalesforceData}: {@code SELECT fields FROM Case
 * WHERE ContactId|AccountId='id' AND IsClosed=false ORDER BY CreatedDate DESC LIMIT n}. The answer is
 * one batch ({@code done: true}), as any answer under 2,000 records is.
 */
final class FakeSoql {

    private static final Pattern QUERY = Pattern.compile("SELECT ([\\w,]+) FROM Case WHERE (ContactId|AccountId)"
            + "='([a-zA-Z0-9]{15,18})' AND IsClosed=false ORDER BY CreatedDate DESC LIMIT (\\d+)");

    private FakeSoql() {}

    /** @throws IllegalArgumentException for a query outside the subset (Salesforce's MALFORMED_QUERY) */
    static JsonObject run(String soql, SalesforceData data, String apiPath) {
        Matcher query = QUERY.matcher(soql);
        if (!query.matches()) {
            throw new IllegalArgumentException("MALFORMED_QUERY: outside the fake's SOQL subset");
        }
        String owner = query.group(2);
        String id = query.group(3);
        List<JsonValue> records = data.cases().stream()
                .filter(record -> FakeSosl.text(record, owner).equals(id))
                .filter(record -> record.get("IsClosed").orElseThrow().equals(JsonBoolean.FALSE))
                .sorted(Comparator.comparing((JsonObject record) -> FakeSosl.text(record, "CreatedDate"))
                        .reversed())
                .limit(Integer.parseInt(query.group(4)))
                .map(record -> (JsonValue) FakeRecords.select(record, "Case", query.group(1), data, apiPath))
                .toList();
        return JsonObject.builder()
                .put("totalSize", JsonNumber.of(records.size()))
                .put("done", JsonBoolean.TRUE)
                .put("records", new JsonArray(records))
                .build();
    }
}
