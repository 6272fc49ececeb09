package io.cadbridge.vendors.salesforce;

import io.cadbridge.json.JsonObject;
import io.cadbridge.testkit.FakeVendorServer;
import io.cadbridge.testkit.StoredPhoneFormat;
import io.cadbridge.testkit.TestCustomer;
import io.cadbridge.testkit.VendorAdapterContract;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** The kit's contract for Salesforce, against {@link SalesforceFake}; a subclass chooses the OAuth flow. */
abstract class SalesforceContract extends VendorAdapterContract {

    static final String CLIENT_ID = "3MVG9fake.consumer.key_0123456789";
    static final String CLIENT_SECRET = "sf-consumer-secret-7f3a9c";
    static final String USERNAME = "integration@acme.example";

    final SalesforceFake org = new SalesforceFake(
                    CLIENT_ID, CLIENT_SECRET, USERNAME, "https://login.salesforce.com", TestKeys.APP.getPublic())
            .start();

    @Override
    protected String vendorName() {
        return "salesforce";
    }

    @Override
    protected FakeVendorServer fake() {
        return org;
    }

    @Override
    protected Map<String, String> secrets() {
        return Map.of("clientSecret", CLIENT_SECRET, "privateKey", TestKeys.pem(TestKeys.APP));
    }

    @Override
    protected String storeCustomer(TestCustomer customer) {
        String account = org.data.addAccount(customer.company(), null);
        return org.data.addContact(
                customer.firstName(), customer.lastName(), customer.email(), customer.phone(), null, account);
    }

    @Override
    protected String storeCase(String customerId, String subject) {
        return org.data.addCase(customerId, null, subject, "New", false);
    }

    /** SOSL compares phone fields by their digits, whatever the punctuation. */
    @Override
    protected Set<StoredPhoneFormat> matchedPhoneFormats() {
        return EnumSet.allOf(StoredPhoneFormat.class);
    }

    static JsonObject clientCredentials() {
        return JsonObject.builder().put("clientId", CLIENT_ID).build();
    }

    static JsonObject jwtBearer() {
        return JsonObject.builder()
                .put("auth", "jwt-bearer")
                .put("clientId", CLIENT_ID)
                .put("username", USERNAME)
                .build();
    }
}
