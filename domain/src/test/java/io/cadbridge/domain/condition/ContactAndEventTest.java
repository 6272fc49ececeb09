package io.cadbridge.domain.condition;

import static org.assertj.core.api.Assertions.assertThat;

import io.cadbridge.domain.testing.Json;
import io.cadbridge.json.JsonObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every getter of {@code contact} and {@code event}, on a contact with all properties set. */
class ContactAndEventTest {

    private static final JsonObject ATTACHED = Json.obj(
            "customer_data", Json.obj("id", "C-1001", "rank", 100), "tickets", Json.arr("T-1", "T-2"), "score", 4.5);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '`', textBlock = """
            contact.get_channel_type() => 'chat'
            contact.get_channel_sub_type() => 'whatsapp'
            contact.get_direction() => 'inbound'
            contact.get_id() => 'C-1'
            contact.get_guid() => 'G-C-1'
            contact.get_created() => '2023-12-29T08:44:44.215Z'
            contact.get_language() => 'FI'
            contact.get_priority() => 50
            contact.get_skills() => [{'id': 'S-1', 'value': 5, 'name': 'finnish'}, {'id': 'S-2', 'value': 2.5, 'name': 'vip'}]
            contact.get_queue() => {'id': 'Q-1', 'address': 'sales.queue@acme.com'}
            contact.get_forwarding_queue() => {'id': 'Q-0', 'address': 'overflow@acme.com'}
            contact.get_agent() => {'id': 'A-1', 'number': '+3581', 'chat_address': 'aino@acme.com'}
            contact.get_preferred_agent() => {'id': 'A-2', 'number': None, 'chat_address': 'pekka@acme.com'}
            contact.get_required_agents() => [{'id': 'A-3', 'number': '+3583', 'chat_address': None}]
            contact.get_transferring_agent() => None
            contact.get_source() => '+358401234567'
            contact.get_destination() => '+35891234'
            contact.get_seconds_since_created() => 660.785
            contact.get_attached_data() => {'customer_data': {'id': 'C-1001', 'rank': 100}, 'tickets': ['T-1', 'T-2'], 'score': 4.5}
            contact.get_attached_data()['tickets'][-1] => 'T-2'
            contact.get_queue()['address'].endswith('@acme.com') => True
            any(skill['name'] == 'vip' and skill['value'] > 2 for skill in contact.get_skills()) => True
            [agent['id'] for agent in contact.get_required_agents()] => ['A-3']
            event.get_name() => 'Received'
            event.get_datetime() => '2023-12-29T08:44:45Z'
            event.get_id() => 'E-1'
            event.get_name() in ('Received', 'Transferred') and contact.get_direction() == 'inbound' => True
            """)
    void gettersReturnTheContactPropertiesAsPythonValues(String expression, String expectedRepr) {
        ConditionResult result = Condition.compile(expression)
                .evaluate(Scopes.scope(Scopes.fullContact(), ATTACHED, ScriptedRandom.integers()));

        assertThat(result)
                .isIn(new ConditionResult.Satisfied(expectedRepr), new ConditionResult.NotSatisfied(expectedRepr));
    }
}
