package io.cadbridge.spi;

/** What an adapter looks up; {@code GET /v1/vendors} lists them and the adapter test kit checks them. */
public enum Capability {
    /** The customer's contact (person) record, matched by the caller's phone number. */
    CONTACT_BY_PHONE,
    /** The contact matched by an e-mail address (chat and e-mail channels). */
    CONTACT_BY_EMAIL,
    /** The company or account of the contact. */
    ACCOUNT,
    /** The contact's recent or open cases (tickets, incidents). */
    RECENT_CASES
}
