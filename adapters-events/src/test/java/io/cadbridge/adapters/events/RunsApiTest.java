package io.cadbridge.adapters.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cadbridge.application.port.out.CrmCallException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Failed runs across integrations, their retry, and the answer when the database is down. */
class RunsApiTest {

    @RegisterExtension
    final RunningApi api = new RunningApi();

    @Test
    void aFailedRunIsListedAndItsRetryRunsTheIntegrationAgainForTheSameEvent() {
        String integrationId = api.createSeedIntegration();
        api.crm().fail(new CrmCallException(CrmCallException.Kind.TIMEOUT, "no answer from crm.example within 10 s"));
        assertThat(api.post("/v1/events", Examples.receivedEvent("evt-1")).status())
                .isEqualTo(202);

        JsonNode failed = api.get("/v1/runs?status=failed").json().at("/runs/0");
        assertThat(failed.get("integrationId").asText()).isEqualTo(integrationId);
        assertThat(failed.get("reason").asText()).contains("within 10 s");
        assertThat(api.get("/v1/runs?status=succeeded").json().get("runs").isEmpty())
                .isTrue();

        api.crm().respond(Examples.crmCustomer());
        ApiResponse retry = api.post("/v1/runs/" + failed.get("id").asText() + "/retry", "");
        assertThat(retry.status()).isEqualTo(202);
        assertThat(retry.json().get("status").asText()).isEqualTo("queued");
        api.drainQueue();

        JsonNode succeeded = api.get("/v1/runs?status=succeeded").json().at("/runs/0");
        assertThat(succeeded.get("eventId").asText()).isEqualTo("evt-1");
        assertThat(api.get("/v1/conversations/" + Examples.CONTACT_ID + "/attached-data")
                        .json()
                        .at("/attachedData/customer_data/id")
                        .asText())
                .isEqualTo("C-1001");
        assertThat(api.post("/v1/runs/" + succeeded.get("id").asText() + "/retry", "")
                        .status())
                .isEqualTo(409);
    }

    @Test
    void unknownRunsAndBadParametersAreNamed() {
        assertThat(api.post("/v1/runs/00000000-0000-0000-0000-000000000009/retry", "")
                        .status())
                .isEqualTo(404);
        ApiResponse badId = api.post("/v1/runs/not-a-uuid/retry", "");
        assertThat(badId.status()).as("an id that is not a UUID names no run").isEqualTo(404);
        assertThat(badId.json().at("/error/message").asText()).isEqualTo("no run has id not-a-uuid");
        ApiResponse badStatus = api.get("/v1/runs?status=broken");
        assertThat(badStatus.status()).isEqualTo(400);
        assertThat(badStatus.json().at("/error/message").asText())
                .contains("\"status\"")
                .contains("failed")
                .contains("broken");
    }
}
