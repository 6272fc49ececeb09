package io.cadbridge.vendors.dynamics;

import static java.util.Objects.requireNonNull;

import io.cadbridge.json.JsonObject;
import io.cadbridge.json.JsonRead;
import java.util.List;

/**
 * An integration's {@code vendorSettings} for Dynamics 365 / Dataverse, with the defaults filled in.
 * Built only from settings the schema accepted, so a member of the wrong type counts as absent.
 *
 * @param tenantId the Entra ID tenant (a GUID or a domain such as {@code contoso.onmicrosoft.com})
 * @param clientId the app registration's application (client) id
 * @param environmentUrl the Dataverse environment's URL, {@code https://contoso.crm.dynamics.com}: the
 *     token's audience ({@code <environmentUrl>/.default}); normally the same as the integration's
 *     {@code endpointUrl}, which the adapter is not told
 * @param authorityUrl Entra ID's login host
 * @param apiVersion the Web API version, {@code v9.2}
 * @param phoneFields the contact columns compared with the caller's number
 * @param maxCases how many active cases are read
 */
record DynamicsSettings(
        String tenantId,
        String clientId,
        String environmentUrl,
        String authorityUrl,
        String apiVersion,
        List<String> phoneFields,
        int maxCases) {

    static final String DEFAULT_AUTHORITY = "https://login.microsoftonline.com";
    static final String DEFAULT_API_VERSION = "v9.2";
    static final List<String> DEFAULT_PHONE_FIELDS = List.of("telephone1", "mobilephone", "telephone2");
    static final int DEFAULT_MAX_CASES = 5;

    DynamicsSettings {
        requireNonNull(tenantId, "tenantId is null");
        requireNonNull(clientId, "clientId is null");
        requireNonNull(environmentUrl, "environmentUrl is null");
        requireNonNull(authorityUrl, "authorityUrl is null");
        requireNonNull(apiVersion, "apiVersion is null");
        phoneFields = List.copyOf(requireNonNull(phoneFields, "phoneFields is null"));
    }

    static DynamicsSettings of(JsonObject settings) {
        List<String> phoneFields = JsonRead.texts(settings, "phoneFields");
        return new DynamicsSettings(
                JsonRead.text(settings, "tenantId").orElse(""),
                JsonRead.text(settings, "clientId").orElse(""),
                withoutSlash(JsonRead.text(settings, "environmentUrl").orElse("")),
                withoutSlash(JsonRead.text(settings, "authorityUrl").orElse(DEFAULT_AUTHORITY)),
                JsonRead.text(settings, "apiVersion").orElse(DEFAULT_API_VERSION),
                phoneFields.isEmpty() ? DEFAULT_PHONE_FIELDS : phoneFields,
                JsonRead.integer(settings, "maxCases").orElse(DEFAULT_MAX_CASES));
    }

    /** Entra ID's v2.0 token endpoint of the tenant. */
    String tokenUrl() {
        return authorityUrl + "/" + tenantId + "/oauth2/v2.0/token";
    }

    /** The client credentials scope: every permission the application user has in the environment. */
    String scope() {
        return environmentUrl + "/.default";
    }

    String contactsPath() {
        return "/api/data/" + apiVersion + "/contacts";
    }

    private static String withoutSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
