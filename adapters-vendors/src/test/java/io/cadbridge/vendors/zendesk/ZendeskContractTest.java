package io.cadbridge.vendors.zendesk;

import io.cadbridge.json.JsonNumber;
import io.cadbridge.json.JsonObject;
import io.cadbridge.testkit.FakeVendorServer;
import io.cadbridge.testkit.StoredPhoneFormat;
import io.cadbridge.testkit.TestCustomer;
import io.cadbridge.testkit.VendorAdapterContract;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** The Zendesk adapter against the fake Zendesk, through the real host. */
class ZendeskContractTest extends VendorAdapterContract {

    static final String AGENT = "agent@acme.example";
    static final String API_TOKEN = "zd-9Qm2xR7vLw4kTn8bJc3sHp6y";

    private final FakeZendesk zendesk = new FakeZendesk(AGENT, API_TOKEN).start();

    @Override
    protected String vendorName() {
        return "zendesk";
    }

    @Override
    protected FakeVendorServer fake() {
        return zendesk;
    }

    @Override
    protected JsonObject settings() {
        return JsonObject.builder()
                .put("email", AGENT)
                .put("ticketLimit", JsonNumber.of(3))
                .build();
    }

    @Override
    protected Map<String, String> secrets() {
        return Map.of("apiToken", API_TOKEN);
    }

    @Override
    protected String storeCustomer(TestCustomer customer) {
        return zendesk.addUser(customer);
    }

    @Override
    protected String storeCase(String customerId, String subject) {
        return zendesk.addTicket(customerId, subject, "open", "high");
    }

    /** {@code phone:*<national digits>} is a suffix match on the digits of whatever was typed. */
    @Override
    protected Set<StoredPhoneFormat> matchedPhoneFormats() {
        return EnumSet.allOf(StoredPhoneFormat.class);
    }
}
