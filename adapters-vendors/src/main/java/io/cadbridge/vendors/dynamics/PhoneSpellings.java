package io.cadbridge.vendors.dynamics;

import io.cadbridge.spi.PhoneNumber;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The spellings of the caller's number that an exact {@code eq} is asked for: the host's variants, plus
 * their formatted ones with the digit groups joined the other usual ways ({@code (415) 555-1212} also
 * as {@code 415-555-1212}, {@code 415 555 1212} and {@code 415.555.1212}; {@code +1 415-555-1212} also as
 * {@code +1 415 555 1212} and {@code +1-415-555-1212}). Dataverse stores phone columns as typed, and
 * {@code contains()} would be a slow scan.
 */
final class PhoneSpellings {

    private PhoneSpellings() {}

    static List<String> of(PhoneNumber phone) {
        Set<String> spellings = new LinkedHashSet<>(phone.variants());
        for (String variant : phone.variants()) {
            List<String> groups = digitGroups(variant);
            if (groups.size() < 2) {
                continue;
            }
            if (variant.startsWith("+")) {
                String country = "+" + groups.getFirst();
                List<String> rest = groups.subList(1, groups.size());
                spellings.add(country + " " + String.join(" ", rest));
                spellings.add(country + "-" + String.join("-", rest));
            } else {
                spellings.add(String.join("-", groups));
                spellings.add(String.join(" ", groups));
                spellings.add(String.join(".", groups));
            }
        }
        return List.copyOf(spellings);
    }

    private static List<String> digitGroups(String text) {
        List<String> groups = new ArrayList<>();
        for (String group : text.split("[^0-9]+")) {
            if (!group.isEmpty()) {
                groups.add(group);
            }
        }
        return groups;
    }
}
