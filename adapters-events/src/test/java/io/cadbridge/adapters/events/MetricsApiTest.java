package io.cadbridge.adapters.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code GET /metrics}: who may read it, in which format, and what {@code POST /v1/events} counts. */
class MetricsApiTest {

    @RegisterExtension
    final RunningApi api = new RunningApi();

    @Test
    void aMetricsTokenReadsThePrometheusTextFormat() {
        String metrics = api.token("prometheus", "metrics:read");

        ApiResponse scrape = api.getAs(metrics, "/metrics");

        assertThat(scrape.status()).isEqualTo(200);
        assertThat(scrape.header("Content-Type")).isEqualTo("text/plain; version=0.0.4; charset=utf-8");
        assertThat(scrape.body()).contains("# TYPE jetty_connections_current_connections gauge");
    }

    @Test
    void aScraperAskingForOpenMetricsGetsIt() {
        String metrics = api.token("prometheus", "metrics:read");

        ApiResponse scrape =
                api.getAs(metrics, "/metrics", "Accept", "application/openmetrics-text;version=1.0.0,text/plain;q=0.5");

        assertThat(scrape.status()).isEqualTo(200);
        assertThat(scrape.header("Content-Type")).startsWith("application/openmetrics-text; version=1.0.0");
        assertThat(scrape.body()).endsWith("# EOF\n");
    }

    @Test
    void anEventSendersTokenMayNotReadTheMetricsAndNoTokenIsRefused() {
        String events = api.token("contact-pro", "events:write");

        ApiResponse forbidden = api.getAs(events, "/metrics");
        ApiResponse anonymous = api.anonymous("/metrics");

        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.json().at("/error/message").asText()).contains("'metrics:read'");
        assertThat(anonymous.status()).isEqualTo(401);
    }

    @Test
    void eventsAreCountedByOutcomeAndRefusalsByStatus() {
        String events = api.token("contact-pro", "events:write");
        api.as(events, "POST", "/v1/events", Examples.receivedEvent("counted-1"));
        api.as(events, "POST", "/v1/events", Examples.receivedEvent("counted-1"));
        api.as(events, "POST", "/v1/events", "{\"event\": {}}");
        api.as("not-a-token", "POST", "/v1/events", Examples.receivedEvent("counted-2"));

        String scrape =
                api.getAs(api.token("prometheus", "metrics:read"), "/metrics").body();

        assertThat(scrape)
                .containsPattern("(?m)^cadbridge_events_total\\{outcome=\"accepted\",status=\"20[02]\"} 1\\.0$")
                .containsPattern("(?m)^cadbridge_events_total\\{outcome=\"duplicate\",status=\"200\"} 1\\.0$")
                .containsPattern("(?m)^cadbridge_events_total\\{outcome=\"refused\",status=\"400\"} 1\\.0$")
                .containsPattern("(?m)^cadbridge_events_total\\{outcome=\"refused\",status=\"401\"} 1\\.0$");
    }
}
