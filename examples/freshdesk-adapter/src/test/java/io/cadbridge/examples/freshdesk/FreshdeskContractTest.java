package io.cadbridge.examples.freshdesk;

import io.cadbridge.json.JsonNumber;
import io.cadbridge.json.JsonObject;
import io.cadbridge.testkit.FakeVendorServer;
import io.cadbridge.testkit.StoredPhoneFormat;
import io.cadbridge.testkit.TestCustomer;
import io.cadbridge.testkit.VendorAdapterContract;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** The example Freshdesk plugin against the fake Freshdesk, through the real host: the kit's contract, as any plugin runs it. */
class FreshdeskContractTest extends VendorAdapterContract {

    static final String API_KEY = "fd-Kq7vN2xW9mRt4LpZ8cYb";

    private final FakeFreshdesk freshdesk = new FakeFreshdesk(API_KEY).start();

    @Override
    protected String vendorName() {
        return "freshdesk";
    }

    @Override
    protected FakeVendorServer fake() {
        return freshdesk;
    }

    @Override
    protected JsonObject settings() {
        return JsonObject.builder().put("ticketLimit", JsonNumber.of(3)).build();
    }

    @Override
    protected Map<String, String> secrets() {
        return Map.of("apiKey", API_KEY);
    }

    @Override
    protected String storeCustomer(TestCustomer customer) {
        return freshdesk.addContact(customer);
    }

    @Override
    protected String storeCase(String customerId, String subject) {
        return freshdesk.addTicket(customerId, subject, FakeFreshdesk.OPEN);
    }

    /**
     * Freshdesk's {@code phone} filter matches the stored text exactly; the adapter asks for each of the
     * host's variants of the caller's number, which spell all five formats.
     */
    @Override
    protected Set<StoredPhoneFormat> matchedPhoneFormats() {
        return EnumSet.allOf(StoredPhoneFormat.class);
    }
}
