package io.cadbridge.vendors.hubspot;

import io.cadbridge.json.JsonNumber;
import io.cadbridge.json.JsonObject;
import io.cadbridge.testkit.FakeVendorServer;
import io.cadbridge.testkit.StoredPhoneFormat;
import io.cadbridge.testkit.TestCustomer;
import io.cadbridge.testkit.VendorAdapterContract;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** The HubSpot adapter against the fake HubSpot, through the real host. */
class HubSpotContractTest extends VendorAdapterContract {

    static final String TOKEN = "pat-na1-7f3c0d1e-hubspot-secret-4a2b";

    private final FakeHubSpot hubspot = new FakeHubSpot(TOKEN).start();

    @Override
    protected String vendorName() {
        return "hubspot";
    }

    @Override
    protected FakeVendorServer fake() {
        return hubspot;
    }

    @Override
    protected JsonObject settings() {
        return JsonObject.builder().put("ticketLimit", JsonNumber.of(3)).build();
    }

    @Override
    protected Map<String, String> secrets() {
        return Map.of("token", TOKEN);
    }

    @Override
    protected String storeCustomer(TestCustomer customer) {
        return hubspot.addContact(customer);
    }

    @Override
    protected String storeCase(String customerId, String subject) {
        return hubspot.addTicket(customerId, subject, "HIGH", false);
    }

    /** The searchable calculated properties hold the national digits of whatever was typed. */
    @Override
    protected Set<StoredPhoneFormat> matchedPhoneFormats() {
        return EnumSet.allOf(StoredPhoneFormat.class);
    }
}
