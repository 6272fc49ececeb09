package io.cadbridge.domain.condition;

import static org.assertj.core.api.Assertions.assertThat;

import io.cadbridge.domain.conversation.Contact;
import io.cadbridge.domain.testing.Json;
import io.cadbridge.domain.testing.Seed;
import io.cadbridge.json.JsonObject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The conditions Contact Pro documents (edi-reference §2.2), and an echo integration's condition. */
class DocumentedConditionsTest {

    private static final Condition LANGUAGE = Condition.compile("contact.get_language().lower() in ('en', 'fi')");
    private static final Condition AGE = Condition.compile("contact.get_seconds_since_created() >= 600");
    private static final Condition SAMPLING = Condition.compile("random.randrange(1, 10000) % 2 == 0 "
            + "#Sends the request when a pseudo-random integer from range 1..10000 is an even number");

    @Test
    void languageConditionHoldsForAnEnglishContact() {
        assertThat(LANGUAGE.evaluate(Scopes.scope(Scopes.seedContact(), JsonObject.EMPTY, ScriptedRandom.integers())))
                .isEqualTo(new ConditionResult.Satisfied("True"));
    }

    @Test
    void languageConditionFailsForASwedishContact() {
        assertThat(LANGUAGE.evaluate(scopeWithLanguage(Optional.of("SV"))))
                .isEqualTo(new ConditionResult.NotSatisfied("False"));
    }

    @Test
    void languageConditionReportsTheErrorWhenTheLanguageIsUnknown() {
        assertThat(LANGUAGE.evaluate(scopeWithLanguage(Optional.empty())))
                .isEqualTo(new ConditionResult.Failed("AttributeError: 'NoneType' object has no attribute 'lower'"));
    }

    @Test
    void ageConditionHoldsElevenMinutesAfterCreation() {
        assertThat(AGE.evaluate(scopeAt("2023-12-29T08:55:45Z"))).isEqualTo(new ConditionResult.Satisfied("True"));
    }

    @Test
    void ageConditionDoesNotHoldNineMinutesAfterCreation() {
        assertThat(AGE.evaluate(scopeAt("2023-12-29T08:53:44Z"))).isEqualTo(new ConditionResult.NotSatisfied("False"));
    }

    @Test
    void secondsSinceCreatedIsAFloatFromTheInjectedClock() {
        assertThat(Condition.compile("contact.get_seconds_since_created()")
                        .evaluate(scopeAt("2023-12-29T08:54:44.715Z")))
                .isEqualTo(new ConditionResult.Satisfied("600.5"));
    }

    @Test
    void samplingConditionSendsWhenTheDrawnNumberIsEven() {
        ScriptedRandom random = ScriptedRandom.integers(1L);

        ConditionResult result = SAMPLING.evaluate(Scopes.scope(Scopes.seedContact(), JsonObject.EMPTY, random));

        assertThat(result).isEqualTo(new ConditionResult.Satisfied("True"));
        assertThat(random.bounds()).containsExactly(9999L);
    }

    @Test
    void samplingConditionSkipsWhenTheDrawnNumberIsOdd() {
        ConditionResult result =
                SAMPLING.evaluate(Scopes.scope(Scopes.seedContact(), JsonObject.EMPTY, ScriptedRandom.integers(9998L)));

        assertThat(result).isEqualTo(new ConditionResult.NotSatisfied("False"));
    }

    @Test
    void echoConditionReadsAttachedDataSavedEarlier() {
        Condition echo = Condition.compile("contact.get_attached_data().get('customer', {}).get('rank') == '100'");
        JsonObject saved = Json.obj("customer", Json.obj("rank", "100", "agent", "agent@acme.com"));

        assertThat(echo.evaluate(Scopes.scope(Scopes.seedContact(), saved, ScriptedRandom.integers())))
                .isEqualTo(new ConditionResult.Satisfied("True"));
        assertThat(echo.evaluate(Scopes.scope(Scopes.seedContact(), JsonObject.EMPTY, ScriptedRandom.integers())))
                .isEqualTo(new ConditionResult.NotSatisfied("False"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "(contact.get_language() or '').lower() == 'fi'",
                "contact.get_channel_sub_type() == 'whatsapp' "
                        + "and (contact.get_queue() or {}).get('address') == 'sales.queue@acme.com'",
                "any(skill['name'] == 'vip' for skill in contact.get_skills())",
                "datetime.now().weekday() < 5 and 8 <= datetime.now().hour < 17",
                "re.match(r'\\+358\\d+$', contact.get_source() or '') is not None",
            })
    void theDocumentationExamplesHoldForTheFullContact(String source) {
        assertThat(Condition.compile(source).evaluate(Scopes.scope())).isEqualTo(new ConditionResult.Satisfied("True"));
    }

    @Test
    void attachedDataHoldingJsonTextCanBeParsed() {
        Condition condition =
                Condition.compile("json.loads(contact.get_attached_data().get('profile', '{}')).get('tier') == 'gold'");
        JsonObject saved = Json.obj("profile", "{\"tier\": \"gold\"}");

        assertThat(condition.evaluate(Scopes.scope(Scopes.seedContact(), saved, ScriptedRandom.integers())))
                .isEqualTo(new ConditionResult.Satisfied("True"));
    }

    @Test
    void theSourceIsKeptAsWritten() {
        assertThat(AGE.source()).isEqualTo("contact.get_seconds_since_created() >= 600");
    }

    private static ConditionScope scopeWithLanguage(Optional<String> language) {
        Contact seed = Scopes.seedContact();
        Contact contact = new Contact(
                seed.id(),
                seed.guid(),
                seed.channelType(),
                seed.channelSubType(),
                seed.direction(),
                seed.created(),
                language,
                seed.priority(),
                seed.skills(),
                seed.queue(),
                seed.forwardingQueue(),
                seed.agent(),
                seed.preferredAgent(),
                seed.requiredAgents(),
                seed.transferringAgent(),
                seed.source(),
                seed.destination());
        return Scopes.scope(contact, JsonObject.EMPTY, ScriptedRandom.integers());
    }

    private static ConditionScope scopeAt(String instant) {
        Contact contact = Scopes.seedContact();
        return new ConditionScope(
                contact,
                Seed.received("E-1", contact),
                JsonObject.EMPTY,
                Clock.fixed(Instant.parse(instant), ZoneOffset.UTC),
                ScriptedRandom.integers());
    }
}
