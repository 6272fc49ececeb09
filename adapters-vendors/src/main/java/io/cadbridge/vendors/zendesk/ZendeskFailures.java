package io.cadbridge.vendors.zendesk;

import io.cadbridge.json.JsonValue;
import io.cadbridge.spi.VendorException;
import io.cadbridge.spi.VendorException.Kind;
import io.cadbridge.spi.VendorResponse;
import java.util.OptionalInt;

/**
 * Zendesk's failures in words an administrator can act on. A 429 reaching the adapter means the host
 * already retried as {@code Retry-After} allowed, or was asked to wait longer than the integration's
 * {@code resilience.retries.maxRetryAfter}; the message says how long Zendesk asked for.
 */
final class ZendeskFailures {

    private ZendeskFailures() {}

    static JsonValue body(String purpose, VendorResponse response) throws VendorException {
        if (response.isSuccessful()) {
            return response.body(purpose);
        }
        int status = response.status();
        throw switch (status) {
            case 429 ->
                new VendorException(
                        Kind.THROTTLED,
                        purpose + ": Zendesk's rate limit was reached (HTTP 429" + retryAfter(response)
                                + "); the account's per-minute limit is shared by every API client",
                        OptionalInt.of(status));
            case 401 ->
                new VendorException(
                        Kind.UNAUTHORIZED,
                        purpose + ": Zendesk refused the API token (HTTP 401); check vendorSettings.email,"
                                + " authentications.apiToken and that token access is enabled in the Admin Center",
                        OptionalInt.of(status));
            case 403 ->
                new VendorException(
                        Kind.UNAUTHORIZED,
                        purpose + ": Zendesk refused access (HTTP 403); the token's agent may not read end users"
                                + " and their tickets",
                        OptionalInt.of(status));
            default -> VendorException.forStatus(purpose, response);
        };
    }

    private static String retryAfter(VendorResponse response) {
        return response.header("Retry-After")
                .map(String::strip)
                .filter(value -> value.matches("\\d{1,8}"))
                .map(seconds -> ", Retry-After " + seconds + " s")
                .orElse("");
    }
}
