package io.cadbridge.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** EX1 (fetch a customer and attach it), EX2 (listen to lifecycle events, both variants) and the debugging example. */
class FetchAndListenExamplesTest extends ExamplesEndToEndTest {

    @Test
    void ex1FetchesTheCustomerByPhoneNumberAndAttachesItWithTheLastTicket() throws Exception {
        create("ex1-fetch-customer.json");
        crmAnswers("""
                {"id": "C-7", "properties": {"firstname": "Aino", "lastname": "Virtanen", "company": "Acme Oy", "jobtitle": "Buyer"},
                 "tickets": [{"id": "T-1"}, {"id": "T-2"}]}""");

        sendEvent("ex1-conv", "phone", "");

        RecordedRequest request = crmRequest();
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getTarget()).isEqualTo("/api/customers?phone=%2B358401234567");
        assertThat(request.getHeaders().get("Accept")).isEqualTo("application/json");
        assertThat(request.getHeaders().get("Authorization")).isEqualTo(basic("cadbridge", "example-password"));
        JsonNode attached =
                api.awaitAttachedData("ex1-conv", "/customer_data").body().at("/attachedData/customer_data");
        assertThat(attached.toString()).isEqualTo("""
                {"id":"C-7","firstname":"Aino","lastname":"Virtanen","company":"Acme Oy","jobtitle":"Buyer","lastticket":"T-2"}""");
    }

    @Test
    void ex2SendsTheEventAndTheWholeContactWithTheStoredApiKey() throws Exception {
        create("ex2a-lifecycle-send-everything.json");
        crmAnswers("{}");

        sendEvent(
                "ex2-conv",
                "chat",
                ", \"queue\": {\"id\": \"C9177D585DA5EE11B3ED58961D1810CC\", \"address\": \"chat.queue@acme.com\"}");

        RecordedRequest request = crmRequest();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getTarget()).isEqualTo("/contact-pro-events/Received");
        assertThat(request.getHeaders().get("x-api-key")).isEqualTo("example-api-key");
        assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
        JsonNode body = json(request.getBody().utf8());
        assertThat(body.at("/event/name").asText()).isEqualTo("Received");
        assertThat(body.at("/contact/id").asText()).isEqualTo("ex2-conv");
        assertThat(body.at("/contact/channel_type").asText()).isEqualTo("chat");
        assertThat(body.at("/contact/queue/address").asText()).isEqualTo("chat.queue@acme.com");
        assertThat(body.at("/contact/priority").isNumber()).isTrue();
    }

    @Test
    void ex2PicksPropertiesKeepingTheirTypes() throws Exception {
        create("ex2b-lifecycle-pick-properties.json");
        crmAnswers("{}");

        sendEvent("ex2b-conv", "phone", "");

        JsonNode body = json(crmRequest().getBody().utf8());
        assertThat(body.get("Event name").asText()).isEqualTo("Received");
        assertThat(body.get("Channel type").asText()).isEqualTo("phone");
        assertThat(body.get("ID").asText()).isEqualTo("ex2b-conv");
        assertThat(body.get("Priority").asInt()).isEqualTo(100);
        assertThat(body.get("Current queue ID").isNull()).isTrue();
        assertThat(body.get("Source").asText()).isEqualTo("+358401234567");
        assertThat(body.get("Creation timestamp").asText()).isEqualTo("2026-11-25T07:59:58.120Z");
    }

    @Test
    void theDebuggingExampleSavesTheRequestAndTheResponseDetails() throws Exception {
        String id = create("dbg-debug-cad.json");
        crmAnswers("{\"ok\": true}");

        sendEvent("dbg-conv", "phone", "");

        assertThat(crmRequest().getMethod()).isEqualTo("GET");
        JsonNode attached =
                api.awaitAttachedData("dbg-conv", "/duration").body().get("attachedData");
        assertThat(attached.get("config_id").asText()).isEqualToIgnoringCase(id);
        assertThat(attached.get("url").asText()).isEqualTo(crm.url("/data").toString());
        assertThat(attached.get("query_params").isObject()).isTrue();
        assertThat(attached.get("method").asText()).isEqualTo("GET");
        assertThat(attached.get("status").asInt()).isEqualTo(200);
        assertThat(attached.get("duration").isNumber()).isTrue();
    }
}
