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
                .isEqualTo("{\"channelType\":\"chat\",\"includedWhenAllocating\":[],\"includedInStatistics\":[]}");
    }

    @Test
    void settingsSavedForAChannelAreReadBack() {
        ApiResponse saved = api.put(
                "/v1/channels/phone/extra-data-settings",
                "{\"includedWhenAllocating\": [\"customer_data\"], \"includedInStatistics\": [\"customer_data\", \"segment\"]}");

        assertThat(saved.status()).isEqualTo(200);
        assertThat(api.get("/v1/channels/phone/extra-data-settings").json().toString())
                .isEqualTo("{\"channelType\":\"phone\",\"includedWhenAllocating\":[\"customer_data\"],"
                        + "\"includedInStatistics\":[\"customer_data\",\"segment\"]}");
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
}
