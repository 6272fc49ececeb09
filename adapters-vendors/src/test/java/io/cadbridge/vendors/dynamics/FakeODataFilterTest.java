package io.cadbridge.vendors.dynamics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cadbridge.json.JsonNumber;
import io.cadbridge.json.JsonObject;
import org.junit.jupiter.api.Test;

/** The fake's {@code $filter} is as strict as Dataverse's: whole values, quotes doubled, nothing else. */
class FakeODataFilterTest {

    private final JsonObject row = JsonObject.builder()
            .put("telephone1", "(415) 555-1212")
            .put("emailaddress1", "O'Brien@Example.com")
            .put("statecode", JsonNumber.of(0))
            .build();

    @Test
    void eqComparesTheWholeStoredText() {
        assertThat(FakeODataFilter.parse("telephone1 eq '(415) 555-1212'").matches(row))
                .isTrue();
        assertThat(FakeODataFilter.parse("telephone1 eq '4155551212'").matches(row))
                .isFalse();
        assertThat(FakeODataFilter.parse("telephone1 eq '555-1212'").matches(row))
                .isFalse();
    }

    @Test
    void orMatchesWhenAnyComparisonDoes() {
        assertThat(FakeODataFilter.parse("telephone1 eq '4155551212' or telephone1 eq '(415) 555-1212'")
                        .matches(row))
                .isTrue();
    }

    @Test
    void textIgnoresCaseAndQuotesAreDoubled() {
        assertThat(FakeODataFilter.parse("emailaddress1 eq 'o''brien@example.com'")
                        .matches(row))
                .isTrue();
    }

    @Test
    void numbersCompareAsNumbers() {
        assertThat(FakeODataFilter.parse("statecode eq 0").matches(row)).isTrue();
        assertThat(FakeODataFilter.parse("statecode eq 1").matches(row)).isFalse();
    }

    @Test
    void anUnescapedQuoteOrAnotherOperatorIsASyntaxError() {
        assertThatThrownBy(() -> FakeODataFilter.parse("emailaddress1 eq 'o'brien@example.com'"))
                .hasMessageContaining("Syntax error");
        assertThatThrownBy(() -> FakeODataFilter.parse("contains(telephone1,'555')"))
                .hasMessageContaining("Syntax error");
        assertThatThrownBy(() -> FakeODataFilter.parse("telephone1 eq '1' and statecode eq 0"))
                .hasMessageContaining("Syntax error");
    }
}
