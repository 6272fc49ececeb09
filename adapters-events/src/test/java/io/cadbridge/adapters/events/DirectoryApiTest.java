package io.cadbridge.adapters.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DirectoryApiTest {

    private static final String CHAT_SALES = """
            {"id": "C9177D58-5DA5-EE11-B3ED-58961D1810CC", "channelType": "chat", "addresses": ["chat.queue@acme.com"],
             "name": "Chat sales"}""";
    private static final String PHONE_SUPPORT = """
            {"id": "0a1b2c3d4e5f60718293a4b5c6d7e8f9", "channelType": "phone", "addresses": ["+358401234567", "+358401234568"]}""";

    @RegisterExtension
    final RunningApi api = new RunningApi();

    @Test
    void anEmptyDirectoryListsNoQueuesAndNoAgents() {
        assertThat(api.get("/v1/directory/queues").json().toString()).isEqualTo("{\"queues\":[]}");
        assertThat(api.get("/v1/directory/agents").json().toString()).isEqualTo("{\"agents\":[]}");
    }

    @Test
    void putQueuesStoresThemAndAnswersWithEveryQueueByCanonicalId() {
        ApiResponse response =
                api.put("/v1/directory/queues", "{\"queues\": [" + CHAT_SALES + ", " + PHONE_SUPPORT + "]}");

        String expected = "{\"queues\":[{\"id\":\"0A1B2C3D4E5F60718293A4B5C6D7E8F9\",\"channelType\":\"phone\","
                + "\"addresses\":[\"+358401234567\",\"+358401234568\"],\"name\":\"\"},"
                + "{\"id\":\"C9177D585DA5EE11B3ED58961D1810CC\",\"channelType\":\"chat\",\"addresses\":[\"chat.queue@acme.com\"],"
                + "\"name\":\"Chat sales\"}]}";
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().toString()).isEqualTo(expected);
        assertThat(api.get("/v1/directory/queues").json().toString()).isEqualTo(expected);
    }

    @Test
    void aLaterPutReplacesAQueueNamedInAnySpellingAndKeepsTheOthers() {
        api.put("/v1/directory/queues", "{\"queues\": [" + CHAT_SALES + ", " + PHONE_SUPPORT + "]}");

        ApiResponse response = api.put("/v1/directory/queues", """
                {"queues": [{"id": "c9177d585da5ee11b3ed58961d1810cc", "channelType": "email", "addresses": [], "name": "Mail"}]}""");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().at("/queues").size()).isEqualTo(2);
        assertThat(response.json().at("/queues/0/channelType").asText()).isEqualTo("phone");
        assertThat(response.json().at("/queues/1").toString())
                .isEqualTo(
                        "{\"id\":\"C9177D585DA5EE11B3ED58961D1810CC\",\"channelType\":\"email\",\"addresses\":[],\"name\":\"Mail\"}");
    }

    @Test
    void everyProblemOfEveryQueueIsReportedAtItsPointerAndNothingIsStored() {
        ApiResponse response = api.put("/v1/directory/queues", """
                {"queues": [
                  {"id": "C9177D58-5DA5-EE11-B3ED-58961D1810CC", "channelType": "chat", "addresses": []},
                  {"id": "not-a-uuid", "channelType": "multi-channel", "addresses": [" "]},
                  {"id": "c9177d585da5ee11b3ed58961d1810cc", "channelTyp": "chat", "adresses": []},
                  "queue"
                ]}""");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorCode()).isEqualTo("validation_failed");
        assertThat(response.pointers())
                .containsExactlyInAnyOrder(
                        "/queues/1/id",
                        "/queues/1/channelType",
                        "/queues/1/addresses/0",
                        "/queues/2/channelTyp",
                        "/queues/2/adresses",
                        "/queues/2/channelType",
                        "/queues/2/addresses",
                        "/queues/2/id",
                        "/queues/3");
        assertThat(response.messageAt("/queues/1/id"))
                .contains("\"not-a-uuid\"")
                .contains("UUID");
        assertThat(response.messageAt("/queues/1/channelType")).contains("one channel: phone, chat or email");
        assertThat(response.messageAt("/queues/2/adresses")).contains("did you mean \"addresses\"?");
        assertThat(response.messageAt("/queues/2/id")).isEqualTo("duplicate id: /queues/0/id names the same entry");
        assertThat(api.get("/v1/directory/queues").json().at("/queues").isEmpty())
                .isTrue();
    }

    @Test
    void theBodyMustBeAnObjectWithAQueuesArrayAndNothingElse() {
        assertThat(api.put("/v1/directory/queues", "[]").pointers()).containsExactly("");
        assertThat(api.put("/v1/directory/queues", "{\"queues\": {}}").pointers())
                .containsExactly("/queues");
        ApiResponse misspelt = api.put("/v1/directory/queues", "{\"queue\": []}");
        assertThat(misspelt.pointers()).containsExactlyInAnyOrder("/queue", "/queues");
        assertThat(misspelt.messageAt("/queue")).contains("did you mean \"queues\"?");
    }

    @Test
    void tenThousandQueuesFitInOneRequestButNotOneMore() {
        ApiResponse accepted = api.put("/v1/directory/queues", queues(10_000));
        ApiResponse refused = api.put("/v1/directory/queues", queues(10_001));

        assertThat(accepted.status()).isEqualTo(200);
        assertThat(accepted.json().at("/queues").size()).isEqualTo(10_000);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.pointers()).containsExactly("/queues");
        assertThat(refused.messageAt("/queues")).startsWith("at most 10000 queues per request, not 10001");
    }

    @Test
    void putAgentsStoresThemWithOptionalNumberChatAddressAndName() {
        ApiResponse response = api.put("/v1/directory/agents", """
                {"agents": [{"id": "ben"},
                            {"id": "A1B2C3D4-E5F6-0718-293A-4B5C6D7E8F90", "number": "+358501112222",
                             "chatAddress": "anna@acme.com", "name": "Anna"}]}""");

        String expected = "{\"agents\":[{\"id\":\"A1B2C3D4-E5F6-0718-293A-4B5C6D7E8F90\",\"number\":\"+358501112222\","
                + "\"chatAddress\":\"anna@acme.com\",\"name\":\"Anna\"},"
                + "{\"id\":\"ben\",\"number\":null,\"chatAddress\":null,\"name\":\"\"}]}";
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().toString()).isEqualTo(expected);
        assertThat(api.get("/v1/directory/agents").json().toString()).isEqualTo(expected);
    }

    @Test
    void everyProblemOfEveryAgentIsReportedAtItsPointer() {
        ApiResponse response = api.put("/v1/directory/agents", """
                {"agents": [{"id": "Ben", "chatadress": "ben@acme.com"},
                            {"id": " ", "number": 358501112222},
                            {"id": "ben", "chatAddress": " ben@acme.com", "name": "Ben"},
                            {"name": "Nobody"}]}""");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.pointers())
                .containsExactlyInAnyOrder(
                        "/agents/0/chatadress",
                        "/agents/1/id",
                        "/agents/1/number",
                        "/agents/2/chatAddress",
                        "/agents/2/id",
                        "/agents/3/id");
        assertThat(response.messageAt("/agents/0/chatadress")).contains("did you mean \"chatAddress\"?");
        assertThat(response.messageAt("/agents/1/id")).isEqualTo("must not be blank");
        assertThat(response.messageAt("/agents/1/number")).isEqualTo("must be a string");
        assertThat(response.messageAt("/agents/2/chatAddress")).isEqualTo("must not start or end with white space");
        assertThat(response.messageAt("/agents/2/id")).isEqualTo("duplicate id: /agents/0/id names the same entry");
        assertThat(response.messageAt("/agents/3/id")).isEqualTo("is required");
    }

    @Test
    void tenThousandAndOneAgentsAreRefusedWithoutReadingThem() {
        String agents = IntStream.range(0, 10_001)
                .mapToObj(i -> "{\"id\": 7}")
                .collect(Collectors.joining(",", "{\"agents\": [", "]}"));

        ApiResponse response = api.put("/v1/directory/agents", agents);

        assertThat(response.pointers()).containsExactly("/agents");
    }

    private static String queues(int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> "{\"id\":\"%032X\",\"channelType\":\"chat\",\"addresses\":[]}".formatted(i))
                .collect(Collectors.joining(",", "{\"queues\":[", "]}"));
    }
}
