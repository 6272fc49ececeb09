package io.cadbridge.vendors.salesforce;

import static java.util.Objects.requireNonNull;

import io.cadbridge.json.JsonObject;
import io.cadbridge.json.JsonRead;
import java.util.Optional;

/**
 * An integration's {@code vendorSettings} for Salesforce, with the defaults filled in. Built only from
 * settings the schema accepted, so a member of the wrong type counts as absent.
 *
 * @param grant how the host gets a token: the client credentials or the JWT bearer flow
 * @param clientId the external client app's consumer key
 * @param username the user the JWT bearer flow acts as ({@code sub}); empty for client credentials
 * @param audience the JWT's {@code aud}: the login or test login URL
 * @param apiVersion the REST API version, e.g. {@code v62.0}
 * @param maxCases how many open cases are read
 */
record SalesforceSettings(
        Grant grant, String clientId, Optional<String> username, String audience, String apiVersion, int maxCases) {

    enum Grant {
        CLIENT_CREDENTIALS("client-credentials"),
        JWT_BEARER("jwt-bearer");

        private final String setting;

        Grant(String setting) {
            this.setting = setting;
        }

        String setting() {
            return setting;
        }

        static Optional<Grant> of(String setting) {
            for (Grant grant : values()) {
                if (grant.setting.equals(setting)) {
                    return Optional.of(grant);
                }
            }
            return Optional.empty();
        }
    }

    static final String DEFAULT_AUDIENCE = "https://login.salesforce.com";
    static final String DEFAULT_API_VERSION = "v62.0";
    static final int DEFAULT_MAX_CASES = 5;

    SalesforceSettings {
        requireNonNull(grant, "grant is null");
        requireNonNull(clientId, "clientId is null");
        requireNonNull(username, "username is null");
        requireNonNull(audience, "audience is null");
        requireNonNull(apiVersion, "apiVersion is null");
    }

    static SalesforceSettings of(JsonObject settings) {
        return new SalesforceSettings(
                JsonRead.text(settings, "auth").flatMap(Grant::of).orElse(Grant.CLIENT_CREDENTIALS),
                JsonRead.text(settings, "clientId").orElse(""),
                JsonRead.text(settings, "username"),
                JsonRead.text(settings, "audience").orElse(DEFAULT_AUDIENCE),
                JsonRead.text(settings, "apiVersion").orElse(DEFAULT_API_VERSION),
                JsonRead.integer(settings, "maxCases").orElse(DEFAULT_MAX_CASES));
    }

    /** The REST API's path, {@code /services/data/v62.0}. */
    String dataPath() {
        return "/services/data/" + apiVersion;
    }
}
