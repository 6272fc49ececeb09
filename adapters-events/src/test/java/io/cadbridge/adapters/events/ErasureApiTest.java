package io.cadbridge.adapters.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Erasure on request: one conversation, or every conversation of a caller or of a kept value. */
class ErasureApiTest {

    @RegisterExtension
    final RunningApi api = new RunningApi();

    @BeforeEach
    void aCallersConversationWithAttachedData() {
        api.createSeedIntegration();
        api.crm().respond(Examples.crmCustomer());
        api.post("/v1/events", Examples.receivedEvent("evt-1"));
        assertThat(api.get("/v1/conversations/" + Examples.CONTACT_ID + "/attached-data")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void aConversationIsErasedOnceAndThenUnknown() {
        assertThat(api.delete("/v1/conversations/" + Examples.CONTACT_ID).status())
                .isEqualTo(204);

        assertThat(api.get("/v1/conversations/" + Examples.CONTACT_ID + "/attached-data")
                        .status())
                .isEqualTo(404);
        assertThat(api.delete("/v1/conversations/" + Examples.CONTACT_ID).status())
                .isEqualTo(404);
    }

    @Test
    void aCallerIsErasedByTheAddressTheyContactedFrom() {
        ApiResponse response = api.post("/v1/erasures", "{\"contactSource\": \"+358401234567\"}");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().toString()).isEqualTo("{\"erasedConversations\":1}");
        assertThat(api.get("/v1/conversations/" + Examples.CONTACT_ID + "/attached-data")
                        .status())
                .isEqualTo(404);
        assertThat(api.post("/v1/erasures", "{\"contactSource\": \"+358401234567\"}")
                        .json()
                        .toString())
                .isEqualTo("{\"erasedConversations\":0}");
    }

    @Test
    void aRequestThatFailsValidationErasesNothing() {
        ApiResponse none = api.post("/v1/erasures", "{}");
        ApiResponse both =
                api.post("/v1/erasures", "{\"contactSource\": \"+358401234567\", \"key\": \"k\", \"value\": \"v\"}");
        ApiResponse half = api.post("/v1/erasures", "{\"value\": \"C-1001\", \"sauce\": 1}");

        assertThat(none.status()).isEqualTo(400);
        assertThat(none.pointers()).containsExactly("");
        assertThat(both.pointers()).containsExactly("/contactSource");
        assertThat(half.pointers()).containsExactlyInAnyOrder("/key", "/sauce");
        assertThat(api.get("/v1/conversations/" + Examples.CONTACT_ID + "/attached-data")
                        .status())
                .isEqualTo(200);
    }
}
