package io.cadbridge.adapters.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cadbridge.adapters.events.IntegrationSchema.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the schema says about the top level of the integration resource. */
class ResourceSchemaTest {

    private final ObjectNode integration = ExampleFiles.read(ExampleFiles.EX1);

    @Test
    void anUnknownEventNameIsRefusedAtItsPlaceInTheList() {
        integration.withArray("/events").add("Hungup");

        assertThat(IntegrationSchema.validate(integration))
                .extracting(Problem::pointer, Problem::keyword)
                .containsExactly(tuple("/events/3", "enum"));
    }

    @Test
    void eventsAreAtLeastOneAndNoneTwice() {
        integration.putArray("events");
        assertThat(IntegrationSchema.validate(integration))
                .extracting(Problem::pointer)
                .containsExactly("/events");

        integration.putArray("events").add("Received").add("Received");
        assertThat(IntegrationSchema.validate(integration))
                .extracting(Problem::pointer)
                .containsExactly("/events");
    }

    @Test
    void theRequiredMembersAreNamed() {
        ObjectNode empty = TestJson.object("{}");

        assertThat(IntegrationSchema.validate(empty))
                .extracting(Problem::pointer)
                .containsExactlyInAnyOrder(
                        "/name", "/channelType", "/endpointUrl", "/direction", "/events", "/configuration");
    }

    @Test
    void anUnknownTopLevelFieldIsRefused() {
        integration.put("enabeld", false);

        assertThat(IntegrationSchema.validate(integration))
                .extracting(Problem::pointer, Problem::keyword)
                .containsExactly(tuple("/enabeld", "additionalProperties"));
    }

    @Test
    void anEditorsSchemaHintIsAllowed() {
        integration.put("$schema", IntegrationSchema.ID);

        assertThat(IntegrationSchema.validate(integration)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://crm.example.com/contacts/{contact.id}",
                "http://localhost:8080/hook",
                "HTTPS://CRM.EXAMPLE.COM",
                "edi://echo"
            })
    void theEndpointIsAnHttpUrlOrTheEcho(String url) {
        integration.put("endpointUrl", url);

        assertThat(IntegrationSchema.validate(integration)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"ftp://crm.example.com", "crm.example.com", "edi://echo/more", "edi://other", "https://", ""})
    void anyOtherEndpointIsRefused(String url) {
        integration.put("endpointUrl", url);

        assertThat(IntegrationSchema.validate(integration))
                .extracting(Problem::pointer)
                .containsOnly("/endpointUrl");
    }

    @Test
    void aNameIsNotBlankAndAtMostTwoHundredCharacters() {
        integration.put("name", " ");
        assertThat(IntegrationSchema.validate(integration))
                .extracting(Problem::pointer)
                .containsOnly("/name");

        integration.put("name", "n".repeat(201));
        assertThat(IntegrationSchema.validate(integration))
                .extracting(Problem::pointer)
                .containsOnly("/name");
    }

    @Test
    void channelTypeDirectionAndOrdinalTakeTheirDocumentedValues() {
        integration.put("channelType", "sms").put("direction", "sideways").put("ordinal", -1);

        assertThat(IntegrationSchema.validate(integration))
                .extracting(Problem::pointer)
                .containsExactlyInAnyOrder("/channelType", "/direction", "/ordinal");
    }

    @Test
    void aScopeWithoutDirectConversationsNamesAtLeastOneQueue() {
        integration.putObject("scope").put("directConversations", false);
        assertThat(IntegrationSchema.validate(integration))
                .extracting(Problem::pointer)
                .containsOnly("/scope/queues");

        integration.putObject("scope").put("directConversations", false).putArray("queues");
        assertThat(IntegrationSchema.validate(integration))
                .extracting(Problem::pointer)
                .containsOnly("/scope/queues");

        integration
                .putObject("scope")
                .put("directConversations", false)
                .putArray("queues")
                .add("chat.queue@acme.com");
        assertThat(IntegrationSchema.validate(integration)).isEmpty();
    }

    @Test
    void theScopeSaysWhetherItCoversDirectConversations() {
        integration.putObject("scope").putArray("queues").add("chat.queue@acme.com");

        assertThat(IntegrationSchema.validate(integration))
                .extracting(Problem::pointer, Problem::keyword)
                .containsExactly(tuple("/scope/directConversations", "required"));
    }

    @Test
    void secretsAreReplacedByValuesAndRemovedByNull() {
        integration.putNull("credentials").putNull("authentications").putNull("oauthClientSecret");
        assertThat(IntegrationSchema.validate(integration)).isEmpty();

        integration
                .put("oauthClientSecret", "secret")
                .putObject("authentications")
                .put("api-key", "key");
        assertThat(IntegrationSchema.validate(integration)).isEmpty();
    }

    @Test
    void credentialsHaveAUserNameAndAPassword() {
        integration.putObject("credentials").put("username", "cadbridge");
        integration.putObject("authentications").put("api-key", 42);

        assertThat(IntegrationSchema.validate(integration))
                .extracting(Problem::pointer)
                .containsExactlyInAnyOrder("/credentials/password", "/authentications/api-key");
    }
}
