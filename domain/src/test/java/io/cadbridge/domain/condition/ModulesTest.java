package io.cadbridge.domain.condition;

import static org.assertj.core.api.Assertions.assertThat;

import io.cadbridge.json.JsonObject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** {@code datetime}, {@code time} and {@code random} read the injected clock and random source. */
class ModulesTest {

    /** 2024-07-04 09:30:15.5 UTC, which is 12:30:15.5 in Helsinki (summer time). */
    private static final Clock HELSINKI =
            Clock.fixed(Instant.parse("2024-07-04T09:30:15.500Z"), ZoneId.of("Europe/Helsinki"));

    @Test
    void datetimeNowIsNaiveLocalTimeOfTheInjectedClock() {
        assertThat(evaluate("datetime.datetime.now()"))
                .isEqualTo(new ConditionResult.Satisfied("datetime.datetime(2024, 7, 4, 12, 30, 15, 500000)"));
        assertThat(evaluate("datetime.now().hour")).isEqualTo(new ConditionResult.Satisfied("12"));
    }

    @Test
    void utcnowAndAwareNowUseUtc() {
        assertThat(evaluate("datetime.datetime.utcnow().hour")).isEqualTo(new ConditionResult.Satisfied("9"));
        assertThat(evaluate("datetime.datetime.now(datetime.timezone.utc).isoformat()"))
                .isEqualTo(new ConditionResult.Satisfied("'2024-07-04T09:30:15.500000+00:00'"));
    }

    @Test
    void officeHoursCanBeWrittenWithWeekdayAndHour() {
        assertThat(evaluate("datetime.now().weekday() < 5 and 8 <= datetime.now().hour < 17"))
                .isEqualTo(new ConditionResult.Satisfied("True"));
    }

    @Test
    void contactAgeCanBeComputedFromTheCreationTimestamp() {
        assertThat(evaluate("datetime.datetime.now(datetime.timezone.utc) "
                        + "- datetime.datetime.fromisoformat(contact.get_created()) > datetime.timedelta(days=180)"))
                .isEqualTo(new ConditionResult.Satisfied("True"));
    }

    @Test
    void timeTimeIsSecondsSinceTheEpochFromTheClock() {
        assertThat(evaluate("time.time()")).isEqualTo(new ConditionResult.Satisfied("1720085415.5"));
        assertThat(evaluate("datetime.datetime.now().timestamp() == time.time()"))
                .isEqualTo(new ConditionResult.Satisfied("True"));
    }

    @Test
    void randomFunctionsDrawFromTheRandomSource() {
        assertThat(evaluate("random.randint(1, 6)", ScriptedRandom.integers(5L)))
                .isEqualTo(new ConditionResult.Satisfied("6"));
        assertThat(evaluate("random.randrange(10, 0, -2)", ScriptedRandom.integers(4L)))
                .isEqualTo(new ConditionResult.Satisfied("2"));
        assertThat(evaluate("random.choice(['a', 'b', 'c'])", ScriptedRandom.integers(2L)))
                .isEqualTo(new ConditionResult.Satisfied("'c'"));
        assertThat(evaluate("random.random() < 0.25", ScriptedRandom.fractions(0.2)))
                .isEqualTo(new ConditionResult.Satisfied("True"));
        assertThat(evaluate("random.uniform(10, 20)", ScriptedRandom.fractions(0.5)))
                .isEqualTo(new ConditionResult.Satisfied("15.0"));
    }

    @Test
    void randomRangeErrorsReadLikePython() {
        assertThat(evaluate("random.randrange(1, 1)"))
                .isEqualTo(new ConditionResult.Failed("ValueError: empty range in randrange(1, 1)"));
        assertThat(evaluate("random.choice([])"))
                .isEqualTo(new ConditionResult.Failed("IndexError: Cannot choose from an empty sequence"));
        assertThat(evaluate("random.randrange(1.5)"))
                .isEqualTo(new ConditionResult.Failed("TypeError: 'float' object cannot be interpreted as an integer"));
    }

    @Test
    void theJdkRandomSourceStaysInsideItsBounds() {
        JdkRandomSource random = new JdkRandomSource();

        for (int i = 0; i < 1_000; i++) {
            assertThat(random.nextLong(3)).isBetween(0L, 2L);
            assertThat(random.nextDouble()).isGreaterThanOrEqualTo(0.0).isLessThan(1.0);
        }
    }

    @Test
    void sameConditionGivesTheSameResultForTheSameInputs() {
        Condition condition = Condition.compile("random.randrange(100) < 30");

        ConditionResult first = condition.evaluate(scope(ScriptedRandom.integers(29L)));
        ConditionResult second = condition.evaluate(scope(ScriptedRandom.integers(29L)));

        assertThat(first).isEqualTo(second).isEqualTo(new ConditionResult.Satisfied("True"));
    }

    private static ConditionResult evaluate(String source) {
        return evaluate(source, ScriptedRandom.integers());
    }

    private static ConditionResult evaluate(String source, RandomSource random) {
        return Condition.compile(source).evaluate(scope(random));
    }

    private static ConditionScope scope(RandomSource random) {
        ConditionScope base = Scopes.scope(Scopes.seedContact(), JsonObject.EMPTY, random);
        return new ConditionScope(base.contact(), base.event(), base.attachedData(), HELSINKI, random);
    }
}
