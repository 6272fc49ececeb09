package io.cadbridge.vendors.hubspot;

import io.cadbridge.json.JsonRead;
import io.cadbridge.json.JsonValue;
import io.cadbridge.spi.VendorException;
import io.cadbridge.spi.VendorException.Kind;
import io.cadbridge.spi.VendorResponse;
import java.util.OptionalInt;

/**
 * HubSpot's failures in words an administrator can act on. A 429 names its {@code policyName}: the
 * host has already retried (honouring {@code Retry-After} when HubSpot sent one), and a {@code DAILY}
 * limit will not pass before midnight in the account's time zone. Only HubSpot's own codes are
 * quoted, never its free text.
 */
final class HubSpotFailures {

    private HubSpotFailures() {}

    /** The JSON body of a successful answer, or the failure it stands for. */
    static JsonValue body(String purpose, VendorResponse response) throws VendorException {
        if (response.isSuccessful()) {
            return response.body(purpose);
        }
        throw switch (response.status()) {
            case 429 -> new VendorException(Kind.THROTTLED, throttled(purpose, response), OptionalInt.of(429));
            case 401 ->
                new VendorException(
                        Kind.UNAUTHORIZED,
                        purpose + ": HubSpot refused the private app token (HTTP 401); check authentications.token",
                        OptionalInt.of(401));
            case 403 ->
                new VendorException(
                        Kind.UNAUTHORIZED,
                        purpose + ": HubSpot refused access (HTTP 403" + code(response, "category")
                                + "); the private app needs the scopes crm.objects.contacts.read and tickets",
                        OptionalInt.of(403));
            default -> VendorException.forStatus(purpose, response);
        };
    }

    private static String throttled(String purpose, VendorResponse response) {
        String policy = code(response, "policyName").replace(", ", "");
        String base = purpose + ": HubSpot's rate limit was reached (HTTP 429"
                + (policy.isEmpty() ? "" : ", policy " + policy) + ")";
        if (policy.equals("DAILY")) {
            return base + "; the daily allowance is used up and resets at midnight in the HubSpot account's"
                    + " time zone: lookups fail until then";
        }
        return base + "; the host retried as HubSpot allowed; too many calls at once for this private app";
    }

    /** {@code ", <code>"} when the answer's JSON has that member as an upper-case code; empty otherwise. */
    private static String code(VendorResponse response, String member) {
        return response.json()
                .flatMap(json -> JsonRead.text(json, member))
                .filter(code -> code.matches("[A-Z][A-Z0-9_]{0,63}"))
                .map(code -> ", " + code)
                .orElse("");
    }
}
