package io.cadbridge.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NoProxyListTest {

    @Test
    void anEntryCoversTheHostAndItsSubdomainsButNotLookalikes() {
        NoProxyList list = NoProxyList.parse("example.com");

        assertThat(list.exempts("example.com")).isTrue();
        assertThat(list.exempts("crm.EXAMPLE.com")).isTrue();
        assertThat(list.exempts("notexample.com")).isFalse();
    }

    @Test
    void leadingDotsAndWildcardsChangeNothingAndSpacesAreAllowed() {
        NoProxyList list = NoProxyList.parse(" .corp.example , *.internal ");

        assertThat(list.exempts("crm.corp.example")).isTrue();
        assertThat(list.exempts("db.internal")).isTrue();
        assertThat(list.exempts("example")).isFalse();
    }

    @Test
    void aStarExemptsEveryHostAndAnEmptyListNone() {
        assertThat(NoProxyList.parse("*").exempts("anything.example")).isTrue();
        assertThat(NoProxyList.parse("").exempts("anything.example")).isFalse();
    }

    @Test
    void ipv6LiteralsMatchWithoutTheirBrackets() {
        assertThat(NoProxyList.parse("::1").exempts("[::1]")).isTrue();
    }
}
