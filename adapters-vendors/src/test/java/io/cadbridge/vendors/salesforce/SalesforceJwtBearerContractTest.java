package io.cadbridge.vendors.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import io.cadbridge.json.JsonObject;
import io.cadbridge.json.JsonString;
import io.cadbridge.testkit.HostRun;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The contract with the JWT bearer flow: the host signs, the fake verifies signature, iss, sub, aud and exp. */
class SalesforceJwtBearerContractTest extends SalesforceContract {

    @Override
    protected JsonObject settings() {
        return jwtBearer();
    }

    @Test
    void anAssertionSignedWithAnotherKeyGetsNoToken() {
        HostRun run = host().lookup(
                        integration(
                                settings(),
                                Map.of("clientSecret", CLIENT_SECRET, "privateKey", TestKeys.pem(TestKeys.STRANGER))),
                        CALLER);

        assertThat(run.succeeded()).as("%s", run).isFalse();
        assertThat(org.tokenRequests()).isEqualTo(1);
        assertThat(org.apiRequests()).isEmpty();
    }

    @Test
    void anAssertionForTheSandboxAudienceIsRefusedByAProductionOrg() {
        JsonObject sandbox = settings().with("audience", new JsonString("https://test.salesforce.com"));

        HostRun run = host().lookup(integration(sandbox, secrets()), CALLER);

        assertThat(run.succeeded()).as("%s", run).isFalse();
        assertThat(org.apiRequests()).isEmpty();
    }

    @Test
    void anAssertionForAnotherUserIsRefused() {
        JsonObject other = settings().with("username", new JsonString("someone.else@acme.example"));

        HostRun run = host().lookup(integration(other, secrets()), CALLER);

        assertThat(run.succeeded()).as("%s", run).isFalse();
        assertThat(org.apiRequests()).isEmpty();
    }
}
