package io.cadbridge.vendors.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import io.cadbridge.json.JsonObject;
import io.cadbridge.testkit.HostRun;
import io.cadbridge.testkit.RecordedRequest;
import io.cadbridge.testkit.TestCustomer;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The contract with the client credentials flow, and what is Salesforce's own: instance_url and the request limit. */
class SalesforceClientCredentialsContractTest extends SalesforceContract {

    @Override
    protected JsonObject settings() {
        return clientCredentials();
    }

    @Test
    void theApiIsCalledAtTheTokensInstanceUrlNotAtMyDomain() {
        storeCustomer(new TestCustomer("Ada", "Lovelace", "ada@example.com", "Engines", CALLER));

        HostRun run = host().lookup(integration(), CALLER);

        assertThat(run.succeeded()).as("%s", run).isTrue();
        assertThat(org.apiRequests())
                .allSatisfy(
                        request -> assertThat(request.header(InstanceHost.MARK)).contains("instance"));
        assertThat(org.apiRequests())
                .extracting(RecordedRequest::path)
                .endsWith("/services/data/v62.0/search/", "/services/data/v62.0/query/");
    }

    @Test
    void theOrgsRequestLimitFailsTheLookupAtOnceWithoutRetries() {
        storeCustomer(new TestCustomer("Ada", "Lovelace", "ada@example.com", "Engines", CALLER));
        org.exceedRequestLimit();

        HostRun run = host().lookup(integration(), CALLER);

        assertThat(run.succeeded()).as("%s", run).isFalse();
        assertThat(run.status()).hasValue(403);
        assertThat(run.reason()).contains("REQUEST_LIMIT_EXCEEDED").doesNotContain("4155551212");
        assertThat(org.apiRequests()).as("a 403 is not retried").hasSize(1);
        assertThat(run.saved().toJson()).doesNotContain("Lovelace");
    }

    @Test
    void aWrongConsumerSecretIsRefusedAtTheTokenEndpointAndNothingIsSearched() {
        HostRun run = host().lookup(
                        integration(
                                settings(),
                                Map.of("clientSecret", "not-the-consumer-secret", "privateKey", "x".repeat(12))),
                        CALLER);

        assertThat(run.succeeded()).as("%s", run).isFalse();
        assertThat(org.tokenRequests()).isPositive();
        assertThat(org.apiRequests()).isEmpty();
    }
}
