package io.cadbridge.adapters.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ExtraDataSettingsApiTest {

    @RegisterExtension
    final RunningApi api = new RunningApi();

    @Test
    void aChannelNeverConfiguredIncludesNothing() {
        ApiResponse response = api.get("/v1/channels/chat/extra-data-settings");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().toString())
                .isEqualTo("{\"channelType\":\"chat\",\"includedWhenAllocating\":[],\"includedInStatistics\":[],"
                        + "\"historyModes\":{}}");
    }

    @Test
    void settingsSavedForAChannelAreReadBack() {
        ApiResponse saved = api.put(
                "/v1/channels/phone/extra-data-settings",
                "{\"includedWhenAllocating\": [\"customer_data\"], \"includedInStatistics\": [\"customer_data\", \"segment\"]}");

        assertThat(saved.status()).isEqualTo(200);
        assertThat(api.get("/v1/channels/phone/extra-data-settings").json().toString())
                .isEqualTo("{\"channelType\":\"phone\",\"includedWhenAllocating\":[\"customer_data\"],"
                        + "\"includedInStatistics\":[\"customer_data\",\"segment\"],\"includedInOutboundCalls\":[],"
                        + "\"historyModes\":{\"customer_data\":\"last\",\"segment\":\"last\"}}");
        assertThat(api.get("/v1/channels/email/extra-data-settings")
                        .json()
                        .get("includedInStatistics")
                        .isEmpty())
                .isTrue();
    }

    @Test
    void multiChannelHasNoSettingsOfItsOwn() {
        ApiResponse response = api.put(
                "/v1/channels/multi-channel/extra-data-settings",
                "{\"includedWhenAllocating\": [], \"includedInStatistics\": []}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorCode()).isEqualTo("invalid_path_parameter");
        assertThat(response.json().at("/error/message").asText())
                .contains("channelType")
                .contains("multi-channel");
        assertThat(api.get("/v1/channels/multi-channel/extra-data-settings").status())
                .isEqualTo(400);
    }

    @Test
    void anUnknownChannelIsRefusedNamingThePathParameter() {
        ApiResponse response = api.get("/v1/channels/fax/extra-data-settings");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().at("/error/message").asText()).contains("\"channelType\"");
    }

    @Test
    void itemsMustBeNonBlankStringsAndBothListsAreRequired() {
        ApiResponse response = api.put(
                "/v1/channels/chat/extra-data-settings",
                "{\"includedWhenAllocating\": [\" \", 3], \"includedInStatistic\": []}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.pointers())
                .containsExactlyInAnyOrder(
                        "/includedInStatistic",
                        "/includedWhenAllocating/0",
                        "/includedWhenAllocating/1",
                        "/includedInStatistics");
        assertThat(response.messageAt("/includedInStatistic")).contains("did you mean \"includedInStatistics\"?");
    }

    @Test
    void outboundCallKeysAndHistoryModesAreOptionalAndReadBack() {
        ApiResponse saved = api.put("/v1/channels/phone/extra-data-settings", """
                {"includedWhenAllocating": [], "includedInStatistics": ["customerId", "visits", "entry"],
                 "includedInOutboundCalls": ["customerId"], "historyModes": {"visits": "all", "entry": "first"}}""");

        assertThat(saved.status()).isEqualTo(200);
        assertThat(api.get("/v1/channels/phone/extra-data-settings").json().toString())
                .isEqualTo("{\"channelType\":\"phone\",\"includedWhenAllocating\":[],"
                        + "\"includedInStatistics\":[\"customerId\",\"visits\",\"entry\"],\"includedInOutboundCalls\":[\"customerId\"],"
                        + "\"historyModes\":{\"customerId\":\"last\",\"visits\":\"all\",\"entry\":\"first\"}}");
    }

    @Test
    void wrongHistoryModesAndOutboundKeysOfAnotherChannelAreRefusedWithPointers() {
        ApiResponse response = api.put("/v1/channels/email/extra-data-settings", """
                {"includedWhenAllocating": [], "includedInStatistics": ["visits"],
                 "includedInOutboundCalls": ["visits"], "historyModes": {"visits": "every", "tier": "last"}}""");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.pointers())
                .containsExactlyInAnyOrder("/includedInOutboundCalls", "/historyModes/visits", "/historyModes/tier");
        assertThat(response.messageAt("/historyModes/visits"))
                .contains("\"every\"")
                .contains("first, last, all");
        assertThat(response.messageAt("/historyModes/tier")).contains("not in includedInStatistics");
        assertThat(response.messageAt("/includedInOutboundCalls")).contains("only the phone channel");
        assertThat(api.get("/v1/channels/email/extra-data-settings").json().get("includedInStatistics"))
                .as("nothing saved")
                .isEmpty();
    }
}
