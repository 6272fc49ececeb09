package io.cadbridge.testkit;

import static java.util.Objects.requireNonNull;

/**
 * A customer the contract asks a fake to store, with the phone number exactly as the CRM user typed it.
 *
 * @param firstName given name
 * @param lastName family name
 * @param email e-mail address
 * @param company company or organisation name
 * @param phone the phone number as stored, in any format ({@link StoredPhoneFormat})
 */
public record TestCustomer(String firstName, String lastName, String email, String company, String phone) {

    public TestCustomer {
        requireNonNull(firstName, "firstName is null");
        requireNonNull(lastName, "lastName is null");
        requireNonNull(email, "email is null");
        requireNonNull(company, "company is null");
        requireNonNull(phone, "phone is null");
    }

    /** The full name, {@code "Ada Lovelace"}, for vendors that keep one name. */
    public String name() {
        return firstName + " " + lastName;
    }
}
