package io.cadbridge.vendors.dynamics;

import static io.cadbridge.vendors.dynamics.Callers.SAN_FRANCISCO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cadbridge.json.JsonArray;
import io.cadbridge.json.JsonNull;
import io.cadbridge.json.JsonNumber;
import io.cadbridge.json.JsonObject;
import io.cadbridge.json.JsonRead;
import io.cadbridge.json.JsonValue;
import io.cadbridge.spi.VendorException;
import io.cadbridge.spi.VendorRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DynamicsLookupTest {

    private final DynamicsAdapter adapter = new DynamicsAdapter();
    private final InMemoryDataverse environment = new InMemoryDataverse();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "+1 415-555-1212",
                "(415) 555-1212",
                "4155551212",
                "+14155551212",
                "14155551212",
                "0014155551212",
                "415-555-1212",
                "415 555 1212",
                "415.555.1212",
                "+1 415 555 1212",
                "+1-415-555-1212"
            })
    void findsTheCallerStoredInAnyUsualSpelling(String stored) throws VendorException {
        String account = environment.data.addAccount("Contoso");
        environment.data.addContact("Ann", "Lee", "ann@contoso.example", account, "mobilephone", stored);

        JsonValue document = lookup();

        assertThat(text(document, "found")).isEqualTo("true");
        assertThat(text(member(document, "contact"), "firstname")).isEqualTo("Ann");
        assertThat(text(member(document, "contact"), "company")).isEqualTo("Contoso");
        assertThat(text(member(document, "account"), "id")).isEqualTo(account);
    }

    @Test
    void aSpellingNotAskedForIsNotFoundBecauseEqIsExact() throws VendorException {
        environment.data.addContact("Ann", "Lee", null, null, "telephone1", "415/555-1212");

        assertThat(text(lookup(), "found")).isEqualTo("false");
    }

    @Test
    void asksOnceWithEveryVariantInEveryPhoneColumnAndTheCasesExpanded() throws VendorException {
        lookup();

        VendorRequest request = environment.requests().getFirst();
        assertThat(environment.requests()).hasSize(1);
        assertThat(request.path()).isEqualTo("/api/data/v9.2/contacts");
        assertThat(request.query().get("$filter"))
                .startsWith("telephone1 eq '+14155551212' or telephone1 eq '14155551212' or ")
                .contains("mobilephone eq '(415) 555-1212'", "telephone2 eq '0014155551212'");
        assertThat(request.query().get("$expand")).startsWith("incident_customer_contacts($select=");
        assertThat(request.headers()).containsEntry("Prefer", DynamicsQuery.PREFER);
    }

    @Test
    void readsTheActiveCasesNewestFirstWithTheirLabels() throws VendorException {
        String ann = environment.data.addContact("Ann", "Lee", null, null, "telephone1", "+14155551212");
        environment.data.addCase(ann, "Printer on fire", 1, 1);
        environment.data.addCase(ann, "Solved long ago", 5, 2);
        environment.data.addCase(ann, "Invoice wrong", 2, 3);

        JsonValue document = lookup();

        assertThat(((JsonArray) member(document, "cases")).elements())
                .extracting(
                        found -> text(found, "subject") + "/" + text(found, "status") + "/" + text(found, "priority"))
                .containsExactly("Invoice wrong/On Hold/Low", "Printer on fire/In Progress/High");
        assertThat(member(document, "openCases")).isEqualTo(JsonNumber.of(2));
        assertThat(text(document, "caseSummary"))
                .matches("2 open cases; latest CAS-\\d{5}-F4K3: Invoice wrong \\(On Hold, Low\\)");
        assertThat(text(((JsonArray) member(document, "cases")).elements().getFirst(), "number"))
                .startsWith("CAS-");
    }

    @Test
    void theConfiguredPhoneColumnsAreTheOnesCompared() throws VendorException {
        environment.data.addContact("Ann", "Lee", null, null, "telephone2", "+14155551212");
        JsonObject onlyMobile =
                Callers.settings().with("phoneFields", new JsonArray(List.of(JsonValue.of("mobilephone"))));

        JsonValue document = adapter.lookup(Callers.calling(SAN_FRANCISCO, onlyMobile), environment);

        assertThat(text(document, "found")).isEqualTo("false");
        assertThat(environment.requests().getFirst().query().get("$filter")).doesNotContain("telephone");
    }

    @Test
    void aSharedNumberShowsTheMostRecentlyModifiedContactAndHowManyMatched() throws VendorException {
        environment.data.addContact("Old", "Entry", null, null, "telephone1", "(415) 555-1212");
        environment.data.addContact("New", "Entry", null, null, "mobilephone", "+1 415-555-1212");

        JsonObject document = lookup();

        assertThat(text(document, "found")).isEqualTo("true");
        assertThat(member(document, "matches")).isEqualTo(JsonNumber.of(2));
        assertThat(text(member(document, "contact"), "firstname")).isEqualTo("New");
    }

    @Test
    void anUnknownCallerHasNoContactNoAccountAndNoCases() throws VendorException {
        JsonObject document = lookup();

        assertThat(text(document, "found")).isEqualTo("false");
        assertThat(member(document, "contact")).isEqualTo(JsonNull.INSTANCE);
        assertThat(member(document, "account")).isEqualTo(JsonNull.INSTANCE);
        assertThat(member(document, "openCases")).isEqualTo(JsonNumber.of(0));
        assertThat(member(document, "caseSummary")).isEqualTo(JsonNull.INSTANCE);
        assertThat(text(document, "searchedBy")).isEqualTo("phone");
    }

    @Test
    void anEmailAddressIsComparedWithItsQuoteDoubled() throws VendorException {
        environment.data.addContact("Ann", "O'Brien", "ann.obrien@contoso.example", null);
        environment.data.addContact("Sean", "O'Brien", "o'brien@contoso.example", null);

        JsonValue document =
                adapter.lookup(Callers.writing("O'Brien@contoso.example", Callers.settings()), environment);

        assertThat(text(member(document, "contact"), "firstname")).isEqualTo("Sean");
        assertThat(environment.requests().getFirst().query().get("$filter"))
                .isEqualTo("emailaddress1 eq 'O''Brien@contoso.example'");
    }

    @Test
    void aThrottleTheHostGaveUpOnNamesDataversesCodeButNotTheCaller() {
        environment.answerNext(429, InMemoryDataverse.throttled(), Map.of("Retry-After", "300"));

        assertThatThrownBy(this::lookup)
                .isInstanceOfSatisfying(VendorException.class, e -> {
                    assertThat(e.kind()).isEqualTo(VendorException.Kind.THROTTLED);
                    assertThat(e.status()).hasValue(429);
                })
                .hasMessageContaining("0x80072322")
                .hasMessageNotContaining("415");
    }

    private JsonObject lookup() throws VendorException {
        return (JsonObject) adapter.lookup(Callers.calling(SAN_FRANCISCO, Callers.settings()), environment);
    }

    private static JsonValue member(JsonValue object, String name) {
        return JsonRead.at(object, name).orElseThrow();
    }

    private static String text(JsonValue object, String name) {
        return JsonRead.text(object, name).orElse(null);
    }
}
