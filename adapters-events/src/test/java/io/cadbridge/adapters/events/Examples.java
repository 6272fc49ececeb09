package io.cadbridge.adapters.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.cadbridge.domain.exchange.CrmResponse;
import io.cadbridge.support.jackson.JsonValues;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** The documented example "Fetch data from an external system and show it to the agent", as API calls. */
final class Examples {

    static final String PASSWORD = "Pa55-w0rd-never-echoed";

    /** The seed integration: basic authentication, GET with {@code phone={contact.source}}, saves {@code customer_data}. */
    static final String SEED_INTEGRATION = """
            {
              "name": "Fetch customer data",
              "description": "Shows the caller's CRM record to the agent",
              "channelType": "phone",
              "endpointUrl": "https://crm.example.com/api/customers",
              "direction": "both",
              "events": ["Received", "Transferred", "Forwarded"],
              "credentials": {"username": "cadbridge", "password": "%s"},
              "authentications": {"api-key": "key-value-never-echoed"},
              "configuration": {
                "request": {
                  "authentication": {"type": "basic"},
                  "method": "GET",
                  "headers": {"Accept": "application/json"},
                  "params": {"phone": "{contact.source}"},
                  "timeout": 14.5
                },
                "response": {
                  "save": {
                    "customer_data": {
                      "id": "{response.body.id}",
                      "firstname": "{response.body.properties.firstname}",
                      "lastname": "{response.body.properties.lastname}",
                      "company": "{response.body.properties.company}",
                      "jobtitle": "{response.body.properties.jobtitle}",
                      "lastticket": "{response.body.tickets[-1].id}"
                    }
                  }
                }
              }
            }
            """.formatted(PASSWORD);

    static final String CONTACT_ID = "1166301942A6EE11B3ED58961D1810CC";

    /** A Received event for an inbound direct call from +358401234567, with a property cadbridge does not know. */
    static String receivedEvent(String eventId) {
        return """
                {
                  "event": {"id": "%s", "name": "Received", "datetime": "2023-12-29T08:44:44.215Z"},
                  "contact": {
                    "id": "%s",
                    "guid": "5AB6E20342A6EE11B3ED58961D1810CC",
                    "channel_type": "phone",
                    "channel_sub_type": null,
                    "direction": "inbound",
                    "created": "2023-12-29T08:44:44.215Z",
                    "language": "EN",
                    "priority": 100,
                    "skills": [{"id": "C8177D585DA5EE11B3ED58961D1810CC", "value": 5, "name": "finnish"}],
                    "queue": null,
                    "source": "+358401234567",
                    "destination": "+35810555000",
                    "added_in_a_later_contact_pro_version": {"anything": [1, 2]}
                  }
                }
                """.formatted(eventId, CONTACT_ID);
    }

    /** The CRM's record of the caller, with two tickets; the last one is 8002. */
    static CrmResponse crmCustomer() {
        String body = """
                {"id": "C-1001",
                 "properties": {"firstname": "Aino", "lastname": "Virtanen", "company": "Acme Oy", "jobtitle": "CTO"},
                 "tickets": [{"id": "8001"}, {"id": "8002"}]}
                """;
        try {
            return new CrmResponse(
                    200,
                    Map.of("Content-Type", "application/json"),
                    Optional.of(JsonValues.parse(body)),
                    body,
                    Duration.ofMillis(40));
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    private Examples() {}
}
