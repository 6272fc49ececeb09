package io.cadbridge.adapters.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Display profiles per channel and per queue: saved as given, every mistake named at its pointer. */
class DisplayProfileApiTest {

    @RegisterExtension
    final RunningApi api = new RunningApi();

    private static final String PROFILE = """
            {"fields": [
              {"key": "customer_data.id", "type": "link", "linkTemplate": "https://crm.example/c/{value}",
               "labels": {"en": "Customer", "fi": "Asiakas"}},
              {"key": "ssn", "type": "masked"},
              {"key": "customer_data"}
            ]}""";

    @Test
    void aChannelsProfileIsSavedAndReadBackAndNoneMeansEverything() {
        ApiResponse before = api.get("/v1/channels/chat/display-profile");
        ApiResponse saved = api.put("/v1/channels/phone/display-profile", PROFILE);

        assertThat(before.json().toString()).isEqualTo("{\"fields\":[]}");
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(api.get("/v1/channels/phone/display-profile").json().toString())
                .isEqualTo("{\"fields\":["
                        + "{\"key\":\"customer_data.id\",\"type\":\"link\",\"labels\":{\"en\":\"Customer\",\"fi\":\"Asiakas\"},"
                        + "\"linkTemplate\":\"https://crm.example/c/{value}\"},"
                        + "{\"key\":\"ssn\",\"type\":\"masked\",\"labels\":{}},"
                        + "{\"key\":\"customer_data\",\"type\":\"text\",\"labels\":{}}]}");
        assertThat(api.get("/v1/audit").json().at("/entries/0/action").asText()).isEqualTo("display-profile.changed");
    }

    @Test
    void aQueuesProfileIsKeptByItsCanonicalId() {
        api.put("/v1/queues/c8177d58-5da5-ee11-b3ed-58961d1810cc/display-profile", PROFILE);

        assertThat(api.get("/v1/queues/C8177D585DA5EE11B3ED58961D1810CC/display-profile")
                        .json()
                        .at("/fields/1/key")
                        .asText())
                .isEqualTo("ssn");
        ApiResponse notAQueue = api.get("/v1/queues/sales/display-profile");
        assertThat(notAQueue.status()).isEqualTo(400);
        assertThat(notAQueue.json().at("/error/message").asText())
                .isEqualTo(
                        "path parameter \"queueId\": a queue id is 32 hex digits (a Contact Pro queue UUID), not \"sales\"");
    }

    @Test
    void everyMistakeIsNamedAtItsPointer() {
        ApiResponse answer = api.put("/v1/channels/phone/display-profile", """
                {"fields": [
                  {"key": "a", "type": "linq"},
                  {"key": "b", "type": "link"},
                  {"key": "c", "linkTemplate": "https://x/{value}"},
                  {"key": "d", "type": "link", "linkTemplate": "javascript:alert({value})"},
                  {"key": "a"},
                  {"key": "e", "labels": {"english": "E", "fi": ""}},
                  {"key": "x.y.z", "colour": "red"}
                ]}""");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.pointers())
                .containsExactlyInAnyOrder(
                        "/fields/0/type",
                        "/fields/1/linkTemplate",
                        "/fields/2/linkTemplate",
                        "/fields/3/linkTemplate",
                        "/fields/4/key",
                        "/fields/5/labels/english",
                        "/fields/5/labels/fi",
                        "/fields/6/key",
                        "/fields/6/colour");
        assertThat(answer.messageAt("/fields/0/type")).contains("did you mean \"link\"");
        assertThat(api.get("/v1/channels/phone/display-profile").json().toString())
                .isEqualTo("{\"fields\":[]}");
    }
}
