package io.cadbridge.vendors.salesforce;

import io.cadbridge.spi.PhoneNumber;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The SOSL search and the SOQL case query. Values are escaped for the language they go into; record
 * ids are checked to be ids before they are put in a query, so no answer can change a query's meaning.
 */
final class SalesforceQueries {

    /** How many contacts (and accounts) one search returns: enough to say a number is shared. */
    static final int MAX_MATCHES = 10;

    private static final String SOSL_RESERVED = "?&|!{}[]()^~*:\\\"'+-";
    private static final Pattern RECORD_ID = Pattern.compile("[a-zA-Z0-9]{15}([a-zA-Z0-9]{3})?");
    private static final String CONTACT_FIELDS =
            "Id,Name,FirstName,LastName,Email,Phone,MobilePhone,AccountId,Account.Name,LastModifiedDate";
    private static final String ACCOUNT_FIELDS = "Id,Name,Phone,LastModifiedDate";

    private SalesforceQueries() {}

    /**
     * {@code FIND {4155551212 OR 14155551212} IN PHONE FIELDS …}: SOSL compares the digits of phone
     * fields whatever their punctuation, so the national number and the number with its country code
     * find the usual stored forms.
     */
    static String byPhone(PhoneNumber phone) {
        Set<String> terms = new LinkedHashSet<>();
        terms.add(escape(phone.nationalDigits()));
        terms.add(escape(phone.digits()));
        return find(String.join(" OR ", terms), "PHONE");
    }

    /** {@code FIND {ann\-marie@example.com} IN EMAIL FIELDS …}. */
    static String byEmail(String email) {
        return find(escape(email), "EMAIL");
    }

    private static String find(String terms, String scope) {
        String order = " ORDER BY LastModifiedDate DESC LIMIT " + MAX_MATCHES;
        return "FIND {" + terms + "} IN " + scope + " FIELDS RETURNING Contact(" + CONTACT_FIELDS + order
                + "), Account(" + ACCOUNT_FIELDS + order + ")";
    }

    /**
     * The open cases of a contact or an account, newest first.
     *
     * @throws IllegalArgumentException when the owner's id is not a Salesforce record id
     */
    static String openCases(SalesforceMatches.CaseOwner owner, int limit) {
        if (!isRecordId(owner.id())) {
            throw new IllegalArgumentException("not a Salesforce record id");
        }
        return "SELECT Id,CaseNumber,Subject,Status,Priority,CreatedDate FROM Case WHERE " + owner.field() + "='"
                + owner.id() + "' AND IsClosed=false ORDER BY CreatedDate DESC LIMIT " + limit;
    }

    static boolean isRecordId(String id) {
        return RECORD_ID.matcher(id).matches();
    }

    /** SOSL's reserved characters take a backslash (SOSL FIND clause reference). */
    static String escape(String term) {
        StringBuilder escaped = new StringBuilder(term.length() + 8);
        for (int i = 0; i < term.length(); i++) {
            char c = term.charAt(i);
            if (SOSL_RESERVED.indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
