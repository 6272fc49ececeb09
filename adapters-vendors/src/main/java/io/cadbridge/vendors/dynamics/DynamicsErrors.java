package io.cadbridge.vendors.dynamics;

import io.cadbridge.json.JsonRead;
import io.cadbridge.json.JsonValue;
import io.cadbridge.spi.VendorException;
import io.cadbridge.spi.VendorException.Kind;
import io.cadbridge.spi.VendorResponse;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Reads Dataverse's failures, {@code {"error": {"code": "0x80072321", "message": …}}}. Only the code is
 * quoted: a message may repeat the query, and so the caller's number. A 429 reaching the adapter is one
 * the host already retried after its Retry-After.
 */
final class DynamicsErrors {

    private static final Pattern CODE = Pattern.compile("[0-9A-Za-z_.]{1,40}");

    private DynamicsErrors() {}

    static JsonValue body(VendorResponse response, String purpose) throws VendorException {
        if (response.isSuccessful()) {
            return response.body(purpose);
        }
        VendorException usual = VendorException.forStatus(purpose, response);
        String code = code(response).map(value -> " (" + value + ")").orElse("");
        String message = usual.getMessage() + code;
        if (usual.kind() == Kind.THROTTLED) {
            message += "; Dataverse's service protection limits count per application user over 5 minutes";
        }
        throw new VendorException(usual.kind(), message, OptionalInt.of(response.status()));
    }

    private static Optional<String> code(VendorResponse response) {
        return response.json()
                .flatMap(json -> JsonRead.at(json, "error"))
                .flatMap(error -> JsonRead.text(error, "code"))
                .filter(code -> CODE.matcher(code).matches());
    }
}
