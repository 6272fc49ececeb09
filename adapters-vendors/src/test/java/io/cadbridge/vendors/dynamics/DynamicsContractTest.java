package io.cadbridge.vendors.dynamics;

import static org.assertj.core.api.Assertions.assertThat;

import io.cadbridge.json.JsonObject;
import io.cadbridge.json.JsonString;
import io.cadbridge.testkit.FakeVendorServer;
import io.cadbridge.testkit.HostRun;
import io.cadbridge.testkit.RecordedRequest;
import io.cadbridge.testkit.StoredPhoneFormat;
import io.cadbridge.testkit.TestCustomer;
import io.cadbridge.testkit.VendorAdapterContract;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The kit's contract for Dynamics 365 / Dataverse, against {@link DataverseFake}, plus Dataverse's own cases. */
class DynamicsContractTest extends VendorAdapterContract {

    static final String CLIENT_SECRET = "entra-client-secret-Q8~x2";

    private final DataverseFake environment =
            new DataverseFake(Callers.TENANT, Callers.CLIENT, CLIENT_SECRET, Callers.ENVIRONMENT).start();

    @Override
    protected String vendorName() {
        return "dynamics";
    }

    @Override
    protected FakeVendorServer fake() {
        return environment;
    }

    /** The Entra authority is the fake too; the token is still asked for the real environment's scope. */
    @Override
    protected JsonObject settings() {
        return Callers.settings().with("authorityUrl", new JsonString(environment.baseUrl()));
    }

    @Override
    protected Map<String, String> secrets() {
        return Map.of("clientSecret", CLIENT_SECRET);
    }

    @Override
    protected String storeCustomer(TestCustomer customer) {
        String account = environment.data.addAccount(customer.company());
        return environment.data.addContact(
                customer.firstName(), customer.lastName(), customer.email(), account, "telephone1", customer.phone());
    }

    @Override
    protected String storeCase(String customerId, String subject) {
        return environment.data.addCase(customerId, subject, 1, 2);
    }

    /** {@code eq} is exact, and the adapter asks for every usual spelling of a North American number. */
    @Override
    protected Set<StoredPhoneFormat> matchedPhoneFormats() {
        return EnumSet.allOf(StoredPhoneFormat.class);
    }

    @Test
    void theTokenIsAskedForTheEnvironmentsDefaultScopeAtTheTenantsEndpoint() {
        storeCustomer(new TestCustomer("Ada", "Lovelace", "ada@example.com", "Engines", CALLER));

        HostRun run = host().lookup(integration(), CALLER);

        assertThat(run.succeeded()).as("%s", run).isTrue();
        RecordedRequest token = environment.requests().stream()
                .filter(request -> request.path().endsWith("/oauth2/v2.0/token"))
                .findFirst()
                .orElseThrow();
        assertThat(token.path()).isEqualTo("/" + Callers.TENANT + "/oauth2/v2.0/token");
        assertThat(token.body()).contains("scope=https%3A%2F%2Fcontoso.crm.dynamics.com%2F.default");
    }

    @Test
    void aTokenForAnotherEnvironmentIsRefused() {
        JsonObject elsewhere = settings().with("environmentUrl", new JsonString("https://fabrikam.crm4.dynamics.com"));

        HostRun run = host().lookup(integration(elsewhere, secrets()), CALLER);

        assertThat(run.succeeded()).as("%s", run).isFalse();
        assertThat(environment.apiRequests()).isEmpty();
    }

    @Test
    void theCompanyAndCaseLabelsComeFromTheFormattedValues() {
        String ada = storeCustomer(new TestCustomer("Ada", "Lovelace", "ada@example.com", "Engines", CALLER));
        environment.data.addCase(ada, "Printer on fire", 2, 1);

        HostRun run = host().lookup(integration(), CALLER);

        assertThat(run.saved().toJson())
                .contains("\"company\":\"Engines\"")
                .containsPattern(
                        "\"customer_tickets\":\"1 open case; latest CAS-\\d+-F4K3: Printer on fire \\(On Hold, High\\)\"");
        assertThat(environment.apiRequests().getLast().header("Prefer")).contains(DynamicsQuery.PREFER);
    }

    @Test
    void aThrottleStillThereAfterTheRetriesFailsAsThrottled() {
        storeCustomer(new TestCustomer("Ada", "Lovelace", "ada@example.com", "Engines", CALLER));
        environment.throttleNext(5, 0);

        HostRun run = host().lookup(integration(), CALLER);

        assertThat(run.succeeded()).as("%s", run).isFalse();
        assertThat(run.status()).hasValue(429);
        assertThat(run.reason()).contains("0x80072322").doesNotContain("4155551212");
    }
}
