package io.cadbridge.adapters.http;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber;
import io.cadbridge.spi.PhoneNumber;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The caller's number in every form a CRM may have stored it, with Google's libphonenumber: a
 * {@code tel:} URI or any punctuation is read, a number without a country code is read in the
 * integration's default region. Not a possible number: no phone (the adapter searches by what it can).
 */
final class PhoneNumbers {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private PhoneNumbers() {}

    static boolean isRegion(String region) {
        return UTIL.getSupportedRegions().contains(region);
    }

    static Optional<PhoneNumber> of(String address, Optional<String> defaultRegion) {
        String text = address.strip();
        if (text.regionMatches(true, 0, "tel:", 0, 4)) {
            text = text.substring(4);
        }
        if (text.contains("@") || text.chars().filter(Character::isDigit).count() < 3) {
            return Optional.empty();
        }
        Phonenumber.PhoneNumber number;
        try {
            number = UTIL.parse(
                    text, defaultRegion.map(r -> r.toUpperCase(Locale.ROOT)).orElse("ZZ"));
        } catch (NumberParseException notANumber) {
            return Optional.empty();
        }
        if (!UTIL.isPossibleNumber(number)) {
            return Optional.empty();
        }
        String e164 = UTIL.format(number, PhoneNumberFormat.E164);
        String national = UTIL.getNationalSignificantNumber(number);
        Set<String> variants = new LinkedHashSet<>();
        variants.add(e164);
        variants.add(e164.substring(1));
        variants.add(UTIL.format(number, PhoneNumberFormat.NATIONAL).replaceAll("[^0-9]", ""));
        variants.add(national);
        String nationalFormat = UTIL.format(number, PhoneNumberFormat.NATIONAL);
        String internationalFormat = UTIL.format(number, PhoneNumberFormat.INTERNATIONAL);
        variants.add(nationalFormat);
        variants.add(internationalFormat);
        variants.add("00" + e164.substring(1));
        // People type the digit groups joined in other ways too: 415-555-1212, 415.555.1212, +1 415 555 1212.
        List<String> nationalGroups = digitGroups(nationalFormat);
        if (nationalGroups.size() > 1) {
            variants.add(String.join("-", nationalGroups));
            variants.add(String.join(" ", nationalGroups));
            variants.add(String.join(".", nationalGroups));
        }
        List<String> international = digitGroups(internationalFormat);
        if (international.size() > 1) {
            String country = "+" + international.getFirst();
            List<String> rest = international.subList(1, international.size());
            variants.add(country + " " + String.join(" ", rest));
            variants.add(country + "-" + String.join("-", rest));
        }
        return Optional.of(new PhoneNumber(e164, e164.substring(1), national, List.copyOf(variants)));
    }

    private static List<String> digitGroups(String formatted) {
        return Arrays.stream(formatted.split("[^0-9]+"))
                .filter(group -> !group.isEmpty())
                .toList();
    }
}
