package io.cadbridge.domain.condition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Mistakes are reported when a condition is compiled, with a 1-based line and column. ⏎ is a line break. */
class CompileErrorsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '`', textBlock = """
            1 + => 1 => 4 => unexpected end of condition: an expression is missing
            (1 + 2 => 1 => 1 => '(' was never closed
            1 + 2) => 1 => 6 => unmatched ')'
            [1, 2} => 1 => 6 => closing parenthesis '}' does not match opening parenthesis '['
            'abc => 1 => 1 => unterminated string literal (detected at line 1)
            1 ! 2 => 1 => 3 => invalid character '!' (U+0021)
            0123 => 1 => 1 => leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers
            1⏎2 => 2 => 1 => invalid syntax: unexpected '2'
            contact.get_id() ==⏎  'x' => 1 => 20 => a condition is a single expression; unexpected line break
            (contact.get_id() ==⏎  'x' and⏎  ) => 3 => 3 => invalid syntax: unexpected ')'
            contact.get_priority() = 5 => 1 => 24 => invalid syntax: maybe you meant '==' instead of '='?
            (1 if 2) => 1 => 8 => expected 'else' after 'if' expression
            {1: 2, 3} => 1 => 9 => expected ':' after a dict key
            import os => 1 => 1 => invalid syntax: 'import' is not allowed here
            lambda: 1 => 1 => 1 => lambda is not supported in conditions
            f'{contact}' => 1 => 1 => f-strings are not supported in conditions
            x := 1 => 1 => 3 => assignment expressions (:=) are not supported in conditions
            conatct.get_id() => 1 => 1 => name 'conatct' is not defined; did you mean 'contact'?
            lenn('x') > 1 => 1 => 1 => name 'lenn' is not defined; did you mean 'len'?
            print(1) => 1 => 1 => name 'print' is not defined; did you mean 'int'?
            [x for x in range(3)] + [x] => 1 => 26 => name 'x' is not defined; did you mean 'max'?
            __import__('os') => 1 => 1 => names with double underscores such as '__import__' are not allowed in conditions
            ().__class__.__bases__ => 1 => 4 => attributes starting with '_' such as '__class__' are not allowed in conditions
            contact.get_languag() => 1 => 9 => 'contact' has no attribute 'get_languag'; did you mean 'get_language'?
            contact.get_seconds_since_create() > 5 => 1 => 9 => 'contact' has no attribute 'get_seconds_since_create'; did you mean 'get_seconds_since_created'?
            event.name == 'Received' => 1 => 7 => 'event' has no attribute 'name'; did you mean 'get_name()'?
            random.randrage(1, 2) => 1 => 8 => module 'random' has no attribute 'randrage'; did you mean 'randrange'?
            datetime.datetime.nw() => 1 => 19 => type 'datetime.datetime' has no attribute 'nw'; did you mean 'now'?
            contact.get_language().lowr() => 1 => 24 => no value in a condition has an attribute 'lowr'; did you mean 'lower'?
            contact.get_language(1) => 1 => 9 => contact.get_language() takes no arguments (1 given)
            contact.get_id(⏎  1) => 1 => 9 => contact.get_id() takes no arguments (1 given)
            len() => 1 => 1 => len() takes exactly one argument (0 given)
            len(1, 2) => 1 => 1 => len() takes exactly one argument (2 given)
            random.randint(1) => 1 => 8 => random.randint() takes exactly 2 arguments (1 given)
            random.randrange() => 1 => 8 => random.randrange() takes from 1 to 3 arguments (0 given)
            contact.get_language().lower(1) => 1 => 24 => str.lower() takes no arguments (1 given)
            sorted([1], key=len, rev=True) => 1 => 1 => 'rev' is an invalid keyword argument for sorted()
            datetime.timedelta(hour=1) => 1 => 10 => 'hour' is an invalid keyword argument for timedelta()
            contact() => 1 => 1 => 'contact' is not callable
            """)
    void reportsWhereAndWhatIsWrong(String source, int line, int column, String detail) {
        ConditionSyntaxException error = catchThrowableOfType(
                ConditionSyntaxException.class, () -> Condition.compile(source.replace('⏎', '\n')));

        assertThat(error).isNotNull();
        assertThat(error.line()).isEqualTo(line);
        assertThat(error.column()).isEqualTo(column);
        assertThat(error.detail()).isEqualTo(detail);
        assertThat(error).hasMessage("line " + line + ", column " + column + ": " + detail);
    }

    @Test
    void anEmptyConditionIsAnError() {
        assertThat(catchThrowableOfType(ConditionSyntaxException.class, () -> Condition.compile("")))
                .hasMessage("line 1, column 1: a condition cannot be empty");
        assertThat(catchThrowableOfType(ConditionSyntaxException.class, () -> Condition.compile("  # just a comment")))
                .hasMessage("line 1, column 1: a condition cannot be empty");
    }

    @Test
    void shadowedNamesAreNotCheckedAsTheGlobalObject() {
        assertThat(Condition.compile("[contact.upper() for contact in ['a']]").evaluate(Scopes.scope()))
                .isEqualTo(new ConditionResult.Satisfied("['A']"));
    }

    @Test
    void aMethodNameSeveralTypesShareIsCheckedAgainstAllOfThem() {
        assertThat(Condition.compile("contact.get_skills().count(1) + 'ab'.count('a', 1)")
                        .evaluate(Scopes.scope()))
                .isEqualTo(new ConditionResult.NotSatisfied("0"));
    }
}
