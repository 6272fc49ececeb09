package io.cadbridge.spi;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The caller's number, normalised once per event by the host (libphonenumber, with the integration's
 * default region for numbers given without a country code), in the forms CRMs store numbers in.
 *
 * @param e164 {@code +14155551212}
 * @param digits the E.164 digits without {@code +}: {@code 14155551212}
 * @param nationalDigits the national significant number: {@code 4155551212}
 * @param variants every distinct form worth searching for, most specific first: E.164, digits, the
 *     national number with and without its trunk prefix, the national and international formats
 *     ({@code (415) 555-1212}, {@code +1 415-555-1212}), {@code 00} and the country code, and the digit
 *     groups joined by dashes, spaces and dots ({@code 415-555-1212}, {@code 415 555 1212},
 *     {@code 415.555.1212}, {@code +1 415 555 1212}, {@code +1-415-555-1212})
 */
public record PhoneNumber(String e164, String digits, String nationalDigits, List<String> variants) {

    public PhoneNumber {
        requireNonNull(e164, "e164 is null");
        requireNonNull(digits, "digits is null");
        requireNonNull(nationalDigits, "nationalDigits is null");
        variants = List.copyOf(requireNonNull(variants, "variants is null"));
    }
}
