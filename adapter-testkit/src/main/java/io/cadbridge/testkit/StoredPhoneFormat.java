package io.cadbridge.testkit;

/**
 * How a CRM user may have typed a customer's (North American) number. The contract stores customers
 * in each format and calls from {@code +14155551212}; an adapter declares which formats its vendor's
 * search can match, and its fake must emulate that search, so that the others are proven not found.
 */
public enum StoredPhoneFormat {
    /** {@code +14155551212} */
    E164,
    /** {@code (415) 555-1212} */
    NATIONAL_PARENTHESES,
    /** {@code 415-555-1212} */
    NATIONAL_DASHES,
    /** {@code 4155551212} */
    NATIONAL_DIGITS,
    /** {@code +1 415 555 1212} */
    INTERNATIONAL_SPACED;

    /** {@code nationalNumber} (ten digits, {@code 4155551212}) written in this format. */
    public String format(String nationalNumber) {
        if (!nationalNumber.matches("\\d{10}")) {
            throw new IllegalArgumentException("a North American national number has ten digits: " + nationalNumber);
        }
        String area = nationalNumber.substring(0, 3);
        String exchange = nationalNumber.substring(3, 6);
        String line = nationalNumber.substring(6);
        return switch (this) {
            case E164 -> "+1" + nationalNumber;
            case NATIONAL_PARENTHESES -> "(" + area + ") " + exchange + "-" + line;
            case NATIONAL_DASHES -> area + "-" + exchange + "-" + line;
            case NATIONAL_DIGITS -> nationalNumber;
            case INTERNATIONAL_SPACED -> "+1 " + area + " " + exchange + " " + line;
        };
    }
}
