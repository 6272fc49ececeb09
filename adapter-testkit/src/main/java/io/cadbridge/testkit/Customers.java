package io.cadbridge.testkit;

import java.util.LinkedHashMap;
import java.util.Map;

/** The customers the contract stores: the one it looks for, and a decoy it must never find instead. */
final class Customers {

    static final String TARGET_EMAIL = "ada.lovelace@example.com";

    private Customers() {}

    static TestCustomer target(String phone) {
        return new TestCustomer("Ada", "Lovelace", TARGET_EMAIL, "Analytical Engines Ltd", phone);
    }

    static TestCustomer decoy(String phone) {
        return new TestCustomer("Bob", "Decoy", "bob.decoy@example.com", "Decoy Inc", phone);
    }

    /** The same secrets with other values: credentials the vendor refuses. */
    static Map<String, String> revoked(Map<String, String> secrets) {
        Map<String, String> revoked = new LinkedHashMap<>();
        secrets.forEach((name, value) -> revoked.put(name, value + "-revoked"));
        return revoked;
    }
}
