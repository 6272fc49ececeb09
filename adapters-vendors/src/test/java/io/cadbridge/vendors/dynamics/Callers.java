package io.cadbridge.vendors.dynamics;

import io.cadbridge.json.JsonObject;
import io.cadbridge.spi.PhoneNumber;
import io.cadbridge.spi.VendorLookup;
import java.util.List;
import java.util.Optional;

/** Lookups as the host builds them: the caller's number with the variants libphonenumber gives. */
final class Callers {

    /** +1 415-555-1212 as the host's PhoneNumbers gives it (region US). */
    static final PhoneNumber SAN_FRANCISCO = new PhoneNumber(
            "+14155551212",
            "14155551212",
            "4155551212",
            List.of(
                    "+14155551212",
                    "14155551212",
                    "4155551212",
                    "(415) 555-1212",
                    "+1 415-555-1212",
                    "0014155551212",
                    "415-555-1212",
                    "415 555 1212",
                    "415.555.1212",
                    "+1 415 555 1212",
                    "+1-415-555-1212"));

    static final String TENANT = "8d1f1a2b-0c3d-4e5f-8a9b-0c1d2e3f4a5b";
    static final String CLIENT = "0b7e3c1a-2d4f-4a6b-9c8d-1e2f3a4b5c6d";
    static final String ENVIRONMENT = "https://contoso.crm.dynamics.com";

    private Callers() {}

    static VendorLookup calling(PhoneNumber phone, JsonObject settings) {
        return new VendorLookup(
                "Received",
                "VOICE",
                "INBOUND",
                Optional.of(phone.e164()),
                Optional.of(phone),
                Optional.empty(),
                settings);
    }

    static VendorLookup writing(String email, JsonObject settings) {
        return new VendorLookup(
                "Received", "EMAIL", "INBOUND", Optional.of(email), Optional.empty(), Optional.of(email), settings);
    }

    static JsonObject settings() {
        return JsonObject.builder()
                .put("tenantId", TENANT)
                .put("clientId", CLIENT)
                .put("environmentUrl", ENVIRONMENT)
                .build();
    }
}
