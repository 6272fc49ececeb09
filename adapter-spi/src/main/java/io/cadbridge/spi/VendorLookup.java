package io.cadbridge.spi;

import static java.util.Objects.requireNonNull;

import io.cadbridge.json.JsonObject;
import java.util.Optional;

/**
 * One event, as an adapter needs it.
 *
 * @param event the event name, e.g. {@code Received}
 * @param channelType {@code VOICE}, {@code CHAT}, {@code EMAIL}, …
 * @param direction {@code INBOUND} or {@code OUTBOUND}
 * @param customerAddress the customer's address as the contact center gave it ({@code contact.source}
 *     inbound, {@code contact.destination} outbound)
 * @param phone that address as a phone number, when it is one
 * @param email that address, when it is an e-mail address
 * @param settings the integration's {@code vendorSettings}, already validated
 */
public record VendorLookup(
        String event,
        String channelType,
        String direction,
        Optional<String> customerAddress,
        Optional<PhoneNumber> phone,
        Optional<String> email,
        JsonObject settings) {

    public VendorLookup {
        requireNonNull(event, "event is null");
        requireNonNull(channelType, "channelType is null");
        requireNonNull(direction, "direction is null");
        requireNonNull(customerAddress, "customerAddress is null");
        requireNonNull(phone, "phone is null");
        requireNonNull(email, "email is null");
        requireNonNull(settings, "settings is null");
    }
}
