package io.cadbridge.vendors.salesforce;

import io.cadbridge.json.JsonArray;
import io.cadbridge.json.JsonNull;
import io.cadbridge.json.JsonObject;
import io.cadbridge.json.JsonValue;
import java.util.List;

/** Records as Salesforce's REST API writes them: {@code attributes}, then the selected fields. */
final class FakeRecords {

    private FakeRecords() {}

    /**
     * The record with the fields of a comma-separated list; {@code Account.Name} becomes a nested
     * {@code Account} record (null when the contact has no account).
     *
     * @throws IllegalArgumentException for a field the record does not have (Salesforce's INVALID_FIELD)
     */
    static JsonObject select(JsonObject record, String type, String fields, SalesforceData data, String apiPath) {
        JsonObject.Builder selected = JsonObject.builder().put("attributes", attributes(type, record, apiPath));
        for (String field : fields.split(",")) {
            String name = field.strip();
            if (name.equals("Account.Name")) {
                JsonValue account = data.account(record.get("AccountId").orElse(JsonNull.INSTANCE))
                        .map(found -> (JsonValue) JsonObject.builder()
                                .put("attributes", attributes("Account", found, apiPath))
                                .put("Name", found.get("Name").orElseThrow())
                                .build())
                        .orElse(JsonNull.INSTANCE);
                selected.put("Account", account);
            } else {
                selected.put(
                        name,
                        record.get(name)
                                .orElseThrow(() -> new IllegalArgumentException(
                                        "INVALID_FIELD: No such column '" + name + "' on " + type)));
            }
        }
        return selected.build();
    }

    /** Salesforce's error answer: {@code [{"message", "errorCode", "fields"}]}. */
    static JsonArray errors(String errorCode, String message) {
        return new JsonArray(List.of(JsonObject.builder()
                .put("message", message)
                .put("errorCode", errorCode)
                .put("fields", JsonArray.EMPTY)
                .build()));
    }

    private static JsonObject attributes(String type, JsonObject record, String apiPath) {
        return JsonObject.builder()
                .put("type", type)
                .put("url", apiPath + "/sobjects/" + type + "/" + FakeSosl.text(record, "Id"))
                .build();
    }
}
