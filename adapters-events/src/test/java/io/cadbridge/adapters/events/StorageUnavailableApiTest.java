package io.cadbridge.adapters.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.cadbridge.application.port.out.StorageUnavailableException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** No event is answered 2xx unless it is stored: a database that cannot be reached is a 503 with Retry-After. */
class StorageUnavailableApiTest {

    @RegisterExtension
    final RunningApi api = new RunningApi().withEvents(command -> {
        throw new StorageUnavailableException("the database cannot be reached: Connection refused", null);
    });

    @Test
    void anEventThatCannotBeStoredIsA503WithRetryAfter() {
        ApiResponse response = api.post("/v1/events", Examples.receivedEvent("evt-1"));

        assertThat(response.status()).isEqualTo(503);
        assertThat(response.header("Retry-After")).contains("2");
        assertThat(response.json().at("/error/code").asText()).isEqualTo("storage_unavailable");
        assertThat(response.json().at("/error/message").asText())
                .contains("nothing was stored")
                .doesNotContain("Connection refused");
    }
}
