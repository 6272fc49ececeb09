package io.cadbridge.domain.condition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * A condition is configuration typed by an administrator, not trusted code: hostile or careless input ends
 * in a compile error or a {@link ConditionResult.Failed}, quickly. The timeouts only guard against hangs.
 */
class SafetyTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(10);

    @Test
    void deeplyNestedBracketsAreASyntaxErrorNotAStackOverflow() {
        String source = "(".repeat(4_000) + "1" + ")".repeat(4_000);

        assertThat(compileError(source)).hasMessage("line 1, column 101: too many nested brackets (limit 100)");
    }

    @Test
    void deeplyNestedOperatorsAreASyntaxError() {
        assertThat(compileError("-".repeat(5_000) + "1").detail())
                .isEqualTo("expression nested too deeply (limit 100)");
        assertThat(compileError("not ".repeat(2_000) + "1").detail())
                .isEqualTo("expression nested too deeply (limit 100)");
        assertThat(compileError("1" + "+1".repeat(4_000)).detail())
                .isEqualTo("expression nested too deeply (limit 100)");
        assertThat(compileError("'x'" + ".lower()".repeat(1_000)).detail())
                .isEqualTo("expression nested too deeply (limit 100)");
    }

    @Test
    void overlongConditionsAreRejected() {
        assertThat(compileError("1 + " + "1".repeat(10_000)).detail())
                .isEqualTo("a condition may have at most 10000 characters");
    }

    @Test
    void hugeIntegerLiteralsAreRejected() {
        assertThat(compileError("1" + "0".repeat(2_000)).detail())
                .isEqualTo("integer literal too large (more than 4096 bits)");
    }

    @Test
    void towersOfPowersFailFast() {
        assertThat(evaluate("9**9**9")).isEqualTo(failed("OverflowError: integer result larger than 4096 bits"));
        assertThat(evaluate("2**4096")).isEqualTo(failed("OverflowError: integer result larger than 4096 bits"));
        assertThat(evaluate("2**4095 > 0")).isEqualTo(new ConditionResult.Satisfied("True"));
        assertThat(evaluate("10**1000 * 10**1000"))
                .isEqualTo(failed("OverflowError: integer result larger than 4096 bits"));
        assertThat(evaluate("1 << 10**9")).isEqualTo(failed("OverflowError: integer result larger than 4096 bits"));
        assertThat(evaluate("int('9' * 5000)"))
                .isEqualTo(failed("OverflowError: integer result larger than 4096 bits"));
    }

    @Test
    void hugeStringsAndListsFailBeforeTheyAreBuilt() {
        assertThat(evaluate("'a' * 10**9"))
                .isEqualTo(failed("MemoryError: string of 1000000000 characters exceeds the limit of 1048576"));
        assertThat(evaluate("[0] * 10**9"))
                .isEqualTo(failed("MemoryError: collection of 1000000000 elements exceeds the limit of 100000"));
        assertThat(evaluate("'a' * 2**20 + 'b'"))
                .isEqualTo(failed("MemoryError: string of 1048577 characters exceeds the limit of 1048576"));
        assertThat(evaluate("'x' * 2**20 .replace('x', 'yy')")).isInstanceOf(ConditionResult.Failed.class);
        assertThat(evaluate("str(['a' * 2**19] * 3)")).isInstanceOf(ConditionResult.Failed.class);
        assertThat(evaluate("sorted(range(10**9))"))
                .isEqualTo(failed("MemoryError: collection of 1000000000 elements exceeds the limit of 100000"));
    }

    @Test
    void longLoopsRunOutOfSteps() {
        assertThat(evaluateWithoutDeadline("sum(range(10**9))"))
                .isEqualTo(failed("TimeoutError: condition exceeded the limit of 100000 steps"));
        assertThat(evaluateWithoutDeadline("len([1 for x in range(1000) for y in range(1000)])"))
                .isEqualTo(failed("TimeoutError: condition exceeded the limit of 100000 steps"));
        assertThat(evaluateWithoutDeadline("any(x < 0 for x in range(10**18))"))
                .isEqualTo(failed("TimeoutError: condition exceeded the limit of 100000 steps"));
    }

    @Test
    void theStepLimitIsConfigurable() {
        Condition condition = Condition.compile(
                "sum(range(100))", ConditionLimits.DEFAULT.withMaxSteps(50).withTimeout(Duration.ofSeconds(30)));

        assertThat(condition.evaluate(Scopes.scope()))
                .isEqualTo(failed("TimeoutError: condition exceeded the limit of 50 steps"));
    }

    @Test
    void catastrophicRegularExpressionsHitTheDeadline() {
        ConditionResult result = guarded(() -> evaluate("re.search('(a*)*b', 'a' * 5000)"));

        assertThat(result).isEqualTo(failed("TimeoutError: condition exceeded its time limit of 50 ms"));
    }

    @Test
    void theDeadlineIsConfigurable() {
        Condition condition = Condition.compile(
                "re.search('(.*a){20}', 'a' * 60)", ConditionLimits.DEFAULT.withTimeout(Duration.ofMillis(5)));

        assertThat(guarded(() -> condition.evaluate(Scopes.scope())))
                .isEqualTo(failed("TimeoutError: condition exceeded its time limit of 5 ms"));
    }

    @Test
    void theTextbookCatastrophicPatternFinishes() {
        ConditionResult result = guarded(() -> evaluate("re.match('(a+)+$', 'a' * 40 + 'b')"));

        assertThat(result)
                .isIn(
                        new ConditionResult.NotSatisfied("None"),
                        failed("TimeoutError: condition exceeded its time limit of 50 ms"));
    }

    @Test
    void regularExpressionsAreBoundedInLength() {
        assertThat(evaluate("re.match('a' * 1001, 'a')"))
                .isEqualTo(failed("ValueError: regular expressions may have at most 1000 characters in conditions"));
        assertThat(evaluate("re.match('a', 'a' * 100001)"))
                .isEqualTo(
                        failed(
                                "ValueError: regular expressions may only search texts of up to 100000 characters in conditions"));
    }

    @Test
    void deepRecursionInsideTheRegexEngineIsAFailedResult() {
        ConditionResult result = guarded(() -> evaluate("re.match('(a|b)*c', 'ab' * 50000)"));

        assertThat(result).isInstanceOf(ConditionResult.Failed.class);
    }

    @Test
    void deeplyNestedJsonIsRejected() {
        assertThat(evaluate("json.loads('[' * 300 + ']' * 300)"))
                .isEqualTo(failed("RecursionError: maximum recursion depth exceeded while decoding a JSON document"));
        assertThat(evaluate("len(json.loads('[' * 50 + ']' * 50))")).isEqualTo(new ConditionResult.Satisfied("1"));
    }

    @Test
    void nothingOutsideTheDocumentedMembersIsReachable() {
        assertThat(compileError("contact.__class__").detail())
                .isEqualTo("attributes starting with '_' such as '__class__' are not allowed in conditions");
        assertThat(compileError("getattr(contact, 'x')").detail()).startsWith("name 'getattr' is not defined");
        assertThat(compileError("eval('1')").detail()).startsWith("name 'eval' is not defined");
        assertThat(compileError("globals()").detail()).startsWith("name 'globals' is not defined");
        assertThat(compileError("json.decoder").detail()).startsWith("module 'json' has no attribute 'decoder'");
        assertThat(compileError("contact.toJson()").detail()).startsWith("'contact' has no attribute 'toJson'");
        assertThat(compileError("'x'.getClass()").detail())
                .startsWith("no value in a condition has an attribute 'getClass'");
    }

    @Test
    void methodsLookedUpOnTheWrongTypeFailAtRuntime() {
        assertThat(evaluate("contact.get_priority().lower()"))
                .isEqualTo(failed("AttributeError: 'int' object has no attribute 'lower'"));
        assertThat(evaluate("[x.get_id() for x in ['a']]"))
                .isEqualTo(failed("AttributeError: 'str' object has no attribute 'get_id'"));
    }

    private static ConditionResult evaluate(String source) {
        return Condition.compile(source).evaluate(Scopes.scope());
    }

    /** Steps, not the 50 ms deadline, must be what stops these, even on a cold, busy JVM. */
    private static ConditionResult evaluateWithoutDeadline(String source) {
        ConditionLimits limits = ConditionLimits.DEFAULT.withTimeout(Duration.ofSeconds(30));
        return guarded(() -> Condition.compile(source, limits).evaluate(Scopes.scope()));
    }

    private static ConditionResult guarded(Supplier<ConditionResult> evaluation) {
        return assertTimeoutPreemptively(HANG_GUARD, evaluation::get);
    }

    private static ConditionResult.Failed failed(String message) {
        return new ConditionResult.Failed(message);
    }

    private static ConditionSyntaxException compileError(String source) {
        ConditionSyntaxException error = catchThrowableOfType(
                ConditionSyntaxException.class,
                () -> assertTimeoutPreemptively(HANG_GUARD, () -> Condition.compile(source)));
        assertThat(error)
                .as("compile error for %s", source.substring(0, Math.min(40, source.length())))
                .isNotNull();
        return error;
    }
}
