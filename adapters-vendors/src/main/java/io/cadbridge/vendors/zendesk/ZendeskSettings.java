package io.cadbridge.vendors.zendesk;

import io.cadbridge.json.JsonArray;
import io.cadbridge.json.JsonBoolean;
import io.cadbridge.json.JsonNumber;
import io.cadbridge.json.JsonObject;
import io.cadbridge.json.JsonRead;
import io.cadbridge.json.JsonString;
import io.cadbridge.spi.SettingsProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The {@code vendorSettings} of a Zendesk integration: the e-mail address of the agent whose API token
 * is stored (required), and how many of the end user's latest requested tickets to read.
 */
record ZendeskSettings(String email, int ticketLimit) {

    static final int DEFAULT_TICKET_LIMIT = 5;
    static final int MAX_TICKET_LIMIT = 20;

    static final JsonObject SCHEMA = JsonObject.builder()
            .put("type", "object")
            .put("additionalProperties", JsonBoolean.FALSE)
            .put("required", JsonArray.ofStrings(List.of("email")))
            .put(
                    "properties",
                    JsonObject.builder()
                            .put(
                                    "email",
                                    JsonObject.builder()
                                            .put("type", "string")
                                            .put("pattern", "^[^@\\s]+@[^@\\s]+$")
                                            .put("maxLength", JsonNumber.of(254))
                                            .put(
                                                    "description",
                                                    "the e-mail address of the Zendesk agent (or admin) who owns the API token")
                                            .build())
                            .put(
                                    "ticketLimit",
                                    JsonObject.builder()
                                            .put("type", "integer")
                                            .put("minimum", JsonNumber.of(0))
                                            .put("maximum", JsonNumber.of(MAX_TICKET_LIMIT))
                                            .put("default", JsonNumber.of(DEFAULT_TICKET_LIMIT))
                                            .put(
                                                    "description",
                                                    "how many of the end user's latest requested tickets to read; 0 reads none")
                                            .build())
                            .build())
            .build();

    static ZendeskSettings of(JsonObject settings) {
        String email = JsonRead.text(settings, "email").orElse("");
        int limit = JsonRead.integer(settings, "ticketLimit").orElse(DEFAULT_TICKET_LIMIT);
        return new ZendeskSettings(email, Math.max(0, Math.min(limit, MAX_TICKET_LIMIT)));
    }

    /** Beyond the schema: the common mistake of pasting Zendesk's user name form, {@code agent@acme.com/token}. */
    static List<SettingsProblem> problems(JsonObject settings) {
        List<SettingsProblem> problems = new ArrayList<>();
        JsonRead.at(settings, "email")
                .filter(JsonString.class::isInstance)
                .map(value -> ((JsonString) value).value())
                .filter(email -> email.toLowerCase(Locale.ROOT).endsWith("/token") || email.contains("/"))
                .ifPresent(email -> problems.add(new SettingsProblem(
                        "/email",
                        "give the agent's e-mail address alone (without \"/token\"): cadbridge signs in as"
                                + " <email>/token with the API token stored in authentications.apiToken")));
        return problems;
    }
}
