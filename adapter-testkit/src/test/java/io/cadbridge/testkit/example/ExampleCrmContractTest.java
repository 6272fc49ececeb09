package io.cadbridge.testkit.example;

import io.cadbridge.json.JsonObject;
import io.cadbridge.testkit.FakeVendorServer;
import io.cadbridge.testkit.StoredPhoneFormat;
import io.cadbridge.testkit.TestCustomer;
import io.cadbridge.testkit.VendorAdapterContract;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** The kit's own proof: an OAuth adapter whose vendor matches numbers exactly passes the contract. */
class ExampleCrmContractTest extends VendorAdapterContract {

    private static final String CLIENT_ID = "cadbridge-example";
    private static final String CLIENT_SECRET = "example-client-secret-5f1e9a";

    private final FakeExampleCrm crm = new FakeExampleCrm(CLIENT_ID, CLIENT_SECRET).start();

    @Override
    protected String vendorName() {
        return "example-crm";
    }

    @Override
    protected FakeVendorServer fake() {
        return crm;
    }

    @Override
    protected JsonObject settings() {
        return JsonObject.builder().put("clientId", CLIENT_ID).build();
    }

    @Override
    protected Map<String, String> secrets() {
        return Map.of("clientSecret", CLIENT_SECRET);
    }

    @Override
    protected String storeCustomer(TestCustomer customer) {
        return crm.addContact(customer.name(), customer.phone());
    }

    /** An exact match on the E.164 text: only numbers stored as E.164 are found. */
    @Override
    protected Set<StoredPhoneFormat> matchedPhoneFormats() {
        return EnumSet.of(StoredPhoneFormat.E164);
    }
}
