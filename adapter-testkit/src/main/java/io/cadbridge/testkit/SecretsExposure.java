package io.cadbridge.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.cadbridge.domain.integration.Integration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs lookups that succeed and fail in the usual ways (throttled past the retries, a vendor error, an
 * answer that is not JSON, refused credentials), then scans everything they show for the secrets.
 */
final class SecretsExposure {

    private SecretsExposure() {}

    static void check(VendorAdapterFixture contract) {
        Map<String, String> revoked = Customers.revoked(contract.secrets());
        List<String> values = new ArrayList<>(contract.secrets().values());
        values.addAll(revoked.values());
        SecretScan scan = new SecretScan(values, contract.adapter().authentication(contract.settings()));
        FakeVendorServer fake = contract.fake();
        VendorHost host = contract.host();
        Integration integration = contract.integration();
        contract.storeCustomer(Customers.target(VendorAdapterFixture.CALLER));

        List<HostRun> runs = new ArrayList<>();
        runs.add(host.lookup(integration, VendorAdapterFixture.CALLER));
        fake.throttleNext(3, 0);
        HostRun throttled = host.lookup(integration, VendorAdapterFixture.CALLER);
        assertThat(throttled.succeeded()).as("throttled past every retry: %s", throttled).isFalse();
        runs.add(throttled);
        fake.failNext(500, "{\"error\":\"internal error\",\"message\":\"something broke\"}");
        runs.add(host.lookup(integration, VendorAdapterFixture.CALLER));
        fake.answerNext(FakeResponse.text(200, "<html><body>Down for maintenance</body></html>"));
        runs.add(host.lookup(integration, VendorAdapterFixture.CALLER));
        Integration refused = contract.integration(contract.settings(), revoked);
        if (contract.usesOAuth()) {
            fake.refuseTokens();
        }
        runs.add(host.lookup(refused, VendorAdapterFixture.CALLER));

        // Access tokens are secrets as well: scan for every token the fake issued.
        SecretScan tokens = new SecretScan(fake.issuedTokens(), contract.adapter().authentication(contract.settings()));
        for (int i = 0; i < runs.size(); i++) {
            // Named by number only: the reason itself is what is being scanned.
            tokens.assertAbsent("run " + (i + 1), SecretScan.texts(runs.get(i)));
            scan.assertAbsent("run " + (i + 1), SecretScan.texts(runs.get(i)));
        }
        scan.assertAbsent("the log", host.logLines());
        tokens.assertAbsent("the log", host.logLines());
        scan.assertAbsent("an integration's toString", List.of(integration.toString(), refused.toString()));
    }
}
