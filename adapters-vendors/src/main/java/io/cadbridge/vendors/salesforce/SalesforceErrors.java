package io.cadbridge.vendors.salesforce;

import io.cadbridge.json.JsonArray;
import io.cadbridge.json.JsonRead;
import io.cadbridge.json.JsonValue;
import io.cadbridge.spi.VendorException;
import io.cadbridge.spi.VendorException.Kind;
import io.cadbridge.spi.VendorResponse;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Reads Salesforce's failures: a JSON array {@code [{"message", "errorCode", "fields"}]}. The org's API
 * request limit comes as 403 {@code REQUEST_LIMIT_EXCEEDED} without Retry-After: it is a throttle, and
 * the host does not retry a 403, which is what Salesforce asks (no fast retries). Only the error code is
 * quoted: Salesforce's messages may repeat the query, and so the caller's number.
 */
final class SalesforceErrors {

    static final String REQUEST_LIMIT_EXCEEDED = "REQUEST_LIMIT_EXCEEDED";

    private static final Pattern ERROR_CODE = Pattern.compile("[A-Z_]{1,60}");

    private SalesforceErrors() {}

    /** The JSON body of a successful answer; a failure as a {@link VendorException} naming Salesforce's error code. */
    static JsonValue body(VendorResponse response, String purpose) throws VendorException {
        if (response.isSuccessful()) {
            return response.body(purpose);
        }
        Optional<String> code = errorCode(response);
        OptionalInt status = OptionalInt.of(response.status());
        if (response.status() == 403
                && code.filter(REQUEST_LIMIT_EXCEEDED::equals).isPresent()) {
            throw new VendorException(
                    Kind.THROTTLED,
                    purpose + ": the org's API request limit is used up (403 REQUEST_LIMIT_EXCEEDED); Salesforce"
                            + " frees it over a rolling 24 hours, see Setup > Company Information > API Requests",
                    status);
        }
        VendorException usual = VendorException.forStatus(purpose, response);
        if (code.isEmpty()) {
            throw usual;
        }
        throw new VendorException(usual.kind(), usual.getMessage() + " (" + code.get() + ")", status);
    }

    private static Optional<String> errorCode(VendorResponse response) {
        return response.json()
                .flatMap(SalesforceErrors::first)
                .flatMap(error -> JsonRead.text(error, "errorCode"))
                .filter(code -> ERROR_CODE.matcher(code).matches());
    }

    /** The first error of the array; an object answer is read as the error itself. */
    private static Optional<JsonValue> first(JsonValue json) {
        if (json instanceof JsonArray array) {
            return array.get(0);
        }
        return Optional.of(json);
    }
}
