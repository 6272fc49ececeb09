package io.cadbridge.adapters.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cadbridge.adapters.events.IntegrationSchema.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the schema says about {@code configuration.response}: attached-data keys and the set operations. */
class ResponseSchemaTest {

    private static final String SAVE = "/configuration/response/save";
    private static final String SET = "/configuration/response/set";

    private final ObjectNode integration = ExampleFiles.read(ExampleFiles.EX1);
    private final ObjectNode save = integration.withObject(SAVE);
    private final ObjectNode set = integration.withObject(SET);

    @Test
    void anAttachedDataKeyWithASpaceIsRefusedAtThatKey() {
        save.put("customer Id", "{response.body.id}");

        assertThat(IntegrationSchema.validate(integration))
                .extracting(Problem::pointer, Problem::keyword)
                .containsExactly(tuple(SAVE + "/customer Id", "propertyNames"));
    }

    @Test
    void aKeyStartingWithADigitIsRefusedInsideANestedGroupToo() {
        integration.withObject(SAVE + "/customer_data").put("2ndId", "{response.body.id}");

        assertThat(IntegrationSchema.validate(integration))
                .extracting(Problem::pointer, Problem::keyword)
                .containsExactly(tuple(SAVE + "/customer_data/2ndId", "propertyNames"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"xmlData", "XML_id", "-dash", ".dot", "a/b", "a:b", ""})
    void keysThatAreNoXmlElementNamesAreRefused(String key) {
        save.put(key, "value");

        assertThat(IntegrationSchema.validate(integration))
                .extracting(Problem::keyword)
                .containsExactly("propertyNames");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "customerId",
                "secondcustomerId",
                "_private",
                "customer.id",
                "customer-id",
                "X1",
                "kundenüberblick",
                "xm"
            })
    void xmlElementNamesAreValidKeys(String key) {
        save.put(key, "value");

        assertThat(IntegrationSchema.validate(integration)).isEmpty();
    }

    @Test
    void attachedDataValuesMayBeAnyJson() {
        save.put("count", 3).put("vip", true).putNull("nothing");
        save.putArray("tags").add("a").addObject().put("any key at all", 1);

        assertThat(IntegrationSchema.validate(integration)).isEmpty();
    }

    @Test
    void aKeyLongerThan128CharactersIsRefused() {
        save.put("k".repeat(129), "value");

        assertThat(IntegrationSchema.validate(integration))
                .extracting(Problem::keyword)
                .containsExactly("propertyNames");
    }

    @Test
    void aQueueIsSetByIdOrByAddressNotBoth() {
        set.putObject("queue").put("id", "{response.body.queue.id}").put("address", "{response.body.queue.address}");

        assertThat(IntegrationSchema.validate(integration))
                .extracting(Problem::pointer, Problem::keyword)
                .containsExactly(tuple(SET + "/queue", "oneOf"));
    }

    @Test
    void aQueueNeedsAnIdOrAnAddress() {
        set.putObject("queue");

        assertThat(IntegrationSchema.validate(integration))
                .extracting(Problem::pointer)
                .contains(SET + "/queue");
        set.putObject("queue").put("id", "{response.body.queue.id}");
        assertThat(IntegrationSchema.validate(integration)).isEmpty();
    }

    @Test
    void aPriorityIsAnUnsignedIntegerOrTextThatCanBecomeOne() {
        set.put("priority", 100);
        assertThat(IntegrationSchema.validate(integration)).isEmpty();
        set.put("priority", "100");
        assertThat(IntegrationSchema.validate(integration)).isEmpty();
        set.put("priority", "{response.body.priority}");
        assertThat(IntegrationSchema.validate(integration)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "1.5", "\"high\"", "true"})
    void aPriorityThatCannotBecomeAnUnsignedIntegerIsRefused(String json) {
        set.set("priority", TestJson.object("{\"value\": " + json + "}").get("value"));

        assertThat(IntegrationSchema.validate(integration))
                .extracting(Problem::pointer)
                .containsOnly(SET + "/priority");
    }

    @Test
    void requiredAgentsNeedAgentsAndTakeANonNegativeTimeout() {
        ObjectNode required = set.putObject("requiredAgents");
        required.putArray("agents").add("agent@acme.com");
        required.put("timeout", 120);
        assertThat(IntegrationSchema.validate(integration)).isEmpty();

        required.remove("agents");
        required.put("timeout", -1);
        assertThat(IntegrationSchema.validate(integration))
                .extracting(Problem::pointer)
                .containsExactlyInAnyOrder(SET + "/requiredAgents/agents", SET + "/requiredAgents/timeout");
    }

    @Test
    void anUnknownSetOperationIsRefused() {
        set.put("preferedAgent", "{response.body.agent}");

        assertThat(IntegrationSchema.validate(integration))
                .extracting(Problem::pointer, Problem::keyword)
                .containsExactly(tuple(SET + "/preferedAgent", "additionalProperties"));
    }
}
