package io.cadbridge.vendors.dynamics;

import io.cadbridge.json.JsonArray;
import io.cadbridge.json.JsonNumber;
import io.cadbridge.json.JsonObject;
import io.cadbridge.json.JsonValue;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code GET /api/data/v9.2/contacts} with the query options the adapter sends: {@code $select},
 * {@code $filter} ({@link FakeODataFilter}), {@code $orderby=modifiedon desc}, {@code $top},
 * {@code $count}, and {@code $expand=incident_customer_contacts(…)} with its own {@code $select},
 * {@code $filter}, {@code $orderby=createdon desc} and {@code $top}. With {@code annotate}, lookups and
 * option sets carry their {@code FormattedValue} labels. An unknown option or column is a 400.
 */
final class FakeOData {

    static final String FORMATTED = "@OData.Community.Display.V1.FormattedValue";

    private static final Pattern EXPAND = Pattern.compile("incident_customer_contacts\\((.*)\\)");
    private static final List<String> KNOWN = List.of("$select", "$filter", "$expand", "$orderby", "$top", "$count");

    private FakeOData() {}

    static JsonObject contacts(Map<String, String> query, boolean annotate, DataverseData data, String context) {
        query.keySet().stream()
                .filter(name -> !KNOWN.contains(name))
                .findFirst()
                .ifPresent(name -> {
                    throw new IllegalArgumentException("0x80060888: The query parameter " + name + " is not supported");
                });
        orderBy(query, "modifiedon desc");
        FakeODataFilter filter = FakeODataFilter.parse(query.getOrDefault("$filter", ""));
        List<JsonObject> found = data.contacts().stream()
                .filter(filter::matches)
                .sorted(Comparator.comparing((JsonObject row) -> FakeODataFilter.text(row, "modifiedon"))
                        .reversed())
                .toList();
        Optional<Map<String, String>> expand =
                Optional.ofNullable(query.get("$expand")).map(FakeOData::expand);
        List<JsonValue> rows = found.stream()
                .limit(top(query))
                .map(row -> (JsonValue) contact(row, query.get("$select"), expand, annotate, data))
                .toList();
        JsonObject.Builder answer = JsonObject.builder().put("@odata.context", context);
        if ("true".equals(query.get("$count"))) {
            answer.put("@odata.count", JsonNumber.of(found.size()));
        }
        return answer.put("value", new JsonArray(rows)).build();
    }

    /** Dataverse's error answer, {@code {"error": {"code", "message"}}}. */
    static JsonObject error(String code, String message) {
        return JsonObject.builder()
                .put(
                        "error",
                        JsonObject.builder()
                                .put("code", code)
                                .put("message", message)
                                .build())
                .build();
    }

    private static JsonObject contact(
            JsonObject row, String select, Optional<Map<String, String>> expand, boolean annotate, DataverseData data) {
        JsonObject.Builder out = JsonObject.builder()
                .put("@odata.etag", "W/\"" + Math.abs(row.hashCode()) + "\"")
                .put("contactid", row.get("contactid").orElseThrow());
        for (String column : columns(select, row)) {
            out.put(column, row.get(column).orElseThrow());
            String account = FakeODataFilter.text(row, column);
            if (annotate && column.equals("_parentcustomerid_value") && !account.isEmpty()) {
                out.put(column + FORMATTED, data.accountName(account).orElse(null));
            }
        }
        expand.ifPresent(options -> out.put(
                "incident_customer_contacts", cases(FakeODataFilter.text(row, "contactid"), options, annotate, data)));
        return out.build();
    }

    private static JsonArray cases(
            String contactId, Map<String, String> options, boolean annotate, DataverseData data) {
        orderBy(options, "createdon desc");
        FakeODataFilter filter =
                FakeODataFilter.parse(options.getOrDefault("$filter", "statecode eq 0 or statecode eq 1"));
        return new JsonArray(data.incidentsOf(contactId).stream()
                .filter(filter::matches)
                .sorted(Comparator.comparing((JsonObject row) -> FakeODataFilter.text(row, "createdon"))
                        .reversed())
                .limit(top(options))
                .map(row -> (JsonValue) incident(row, options.get("$select"), annotate))
                .toList());
    }

    private static JsonObject incident(JsonObject row, String select, boolean annotate) {
        JsonObject.Builder out =
                JsonObject.builder().put("incidentid", row.get("incidentid").orElseThrow());
        for (String column : columns(select, row)) {
            out.put(column, row.get(column).orElseThrow());
            Map<Integer, String> labels = column.equals("statuscode")
                    ? DataverseData.STATUS
                    : column.equals("prioritycode") ? DataverseData.PRIORITY : Map.of();
            if (annotate && !labels.isEmpty()) {
                int code = ((JsonNumber) row.get(column).orElseThrow()).value().intValue();
                out.put(column + FORMATTED, labels.get(code));
            }
        }
        return out.build();
    }

    private static List<String> columns(String select, JsonObject row) {
        List<String> columns = select == null ? List.copyOf(row.members().keySet()) : List.of(select.split(","));
        for (String column : columns) {
            if (row.get(column).isEmpty()) {
                throw new IllegalArgumentException("0x80060888: Could not find a property named '" + column + "'");
            }
        }
        return columns;
    }

    private static Map<String, String> expand(String expand) {
        Map<String, String> options = new LinkedHashMap<>();
        Matcher matcher = EXPAND.matcher(expand);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("0x80060888: Could not find a navigation property in $expand");
        }
        for (String option : matcher.group(1).split(";")) {
            int equals = option.indexOf('=');
            if (equals < 0
                    || !List.of("$select", "$filter", "$orderby", "$top").contains(option.substring(0, equals))) {
                throw new IllegalArgumentException("0x80060888: Syntax error in $expand");
            }
            options.put(option.substring(0, equals), option.substring(equals + 1));
        }
        return options;
    }

    private static void orderBy(Map<String, String> options, String supported) {
        String order = options.get("$orderby");
        if (order != null && !order.equals(supported)) {
            throw new IllegalArgumentException("0x80060888: the fake orders only by " + supported);
        }
    }

    private static long top(Map<String, String> options) {
        String top = options.get("$top");
        return top == null ? 5000 : Long.parseLong(top);
    }
}
