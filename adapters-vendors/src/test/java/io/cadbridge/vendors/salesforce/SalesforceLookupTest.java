package io.cadbridge.vendors.salesforce;

import static io.cadbridge.vendors.salesforce.Callers.SAN_FRANCISCO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cadbridge.json.JsonArray;
import io.cadbridge.json.JsonNull;
import io.cadbridge.json.JsonNumber;
import io.cadbridge.json.JsonObject;
import io.cadbridge.json.JsonRead;
import io.cadbridge.json.JsonValue;
import io.cadbridge.spi.VendorException;
import io.cadbridge.spi.VendorLookup;
import io.cadbridge.spi.VendorRequest;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SalesforceLookupTest {

    private final SalesforceAdapter adapter = new SalesforceAdapter();
    private final InMemorySalesforce org = new InMemorySalesforce();

    @ParameterizedTest
    @ValueSource(strings = {"+1 415-555-1212", "(415) 555-1212", "4155551212", "+14155551212", "001 415 555 1212"})
    void findsTheCallerHoweverTheNumberWasStored(String stored) throws VendorException {
        String account = org.data.addAccount("Acme", "+1 212 555 0100");
        org.data.addContact("Ann", "Lee", "ann@acme.example", stored, null, account);

        JsonValue document = lookup();

        assertThat(JsonRead.text(document, "found")).contains("true");
        assertThat(JsonRead.text(document, "contact", "firstname")).contains("Ann");
        assertThat(JsonRead.text(document, "contact", "company")).contains("Acme");
        assertThat(JsonRead.text(document, "account", "name")).contains("Acme");
    }

    @Test
    void searchesThePhoneFieldsForTheNationalNumberAndTheNumberWithItsCountryCode() throws VendorException {
        lookup();

        VendorRequest search = org.requests().getFirst();
        assertThat(search.path()).isEqualTo("/services/data/v62.0/search/");
        assertThat(search.query().get("q"))
                .startsWith("FIND {4155551212 OR 14155551212} IN PHONE FIELDS RETURNING Contact(");
    }

    @Test
    void aMobileNumberFindsTheContactToo() throws VendorException {
        org.data.addContact("Ann", "Lee", "ann@acme.example", "+1 650 555 0000", "+1 (415) 555-1212", null);

        assertThat(JsonRead.text(lookup(), "contact", "mobilephone")).contains("+1 (415) 555-1212");
    }

    @Test
    void readsTheOpenCasesOfTheContactNewestFirst() throws VendorException {
        String ann = org.data.addContact("Ann", "Lee", "ann@acme.example", "4155551212", null, null);
        org.data.addCase(ann, null, "Printer on fire", "New", false);
        org.data.addCase(ann, null, "Old complaint", "Closed", true);
        org.data.addCase(ann, null, "Invoice wrong", "Working", false);

        JsonValue document = lookup();

        assertThat(JsonRead.array(document, "cases"))
                .extracting(found -> JsonRead.text(found, "subject").orElseThrow())
                .containsExactly("Invoice wrong", "Printer on fire");
        assertThat(JsonRead.text(document, "openCases")).contains("2");
        assertThat(JsonRead.text(document, "caseSummary").orElseThrow())
                .matches("2 open cases; latest \\d{8}: Invoice wrong \\(Working, Medium\\)");
        assertThat(JsonRead.text(document, "cases")).isEmpty();
        assertThat(org.requests().get(1).query().get("q")).contains("WHERE ContactId='" + ann + "' AND IsClosed=false");
    }

    @Test
    void noCasesAreAskedForWhenMaxCasesIsZero() throws VendorException {
        org.data.addContact("Ann", "Lee", "ann@acme.example", "4155551212", null, null);

        adapter.lookup(
                Callers.calling(SAN_FRANCISCO, Callers.clientCredentials().with("maxCases", JsonNumber.of(0))), org);

        assertThat(org.requests()).hasSize(1);
    }

    @Test
    void asManyCasesAsAskedForMayBeMore() throws VendorException {
        String ann = org.data.addContact("Ann", "Lee", "ann@acme.example", "4155551212", null, null);
        org.data.addCase(ann, null, "First", "New", false);
        org.data.addCase(ann, null, "Second", "New", false);

        JsonValue document = adapter.lookup(
                Callers.calling(SAN_FRANCISCO, Callers.clientCredentials().with("maxCases", JsonNumber.of(2))), org);

        assertThat(JsonRead.text(document, "caseSummary").orElseThrow()).startsWith("2 or more open cases; latest ");
        assertThat(JsonRead.text(document, "searchedBy")).contains("phone");
    }

    @Test
    void aSharedNumberShowsTheMostRecentlyModifiedContactAndHowManyMatched() throws VendorException {
        org.data.addContact("Old", "Entry", null, "4155551212", null, null);
        org.data.addContact("New", "Entry", null, "+1 415 555 1212", null, null);

        JsonValue document = lookup();

        assertThat(JsonRead.text(document, "found")).contains("true");
        assertThat(JsonRead.text(document, "matches")).contains("2");
        assertThat(JsonRead.text(document, "contact", "firstname")).contains("New");
    }

    @Test
    void aNumberOnlyAnAccountHasFindsTheAccountAndItsCases() throws VendorException {
        String account = org.data.addAccount("Acme Switchboard", "(415) 555-1212");
        org.data.addCase(null, account, "Contract renewal", "New", false);

        JsonValue document = lookup();

        assertThat(JsonRead.at(document, "contact")).contains(JsonNull.INSTANCE);
        assertThat(JsonRead.text(document, "account", "name")).contains("Acme Switchboard");
        assertThat(JsonRead.text(document, "cases")).isEmpty();
        assertThat(JsonRead.array(document, "cases")).hasSize(1);
        assertThat(org.requests().get(1).query().get("q")).contains("WHERE AccountId='" + account + "'");
    }

    @Test
    void anUnknownCallerIsNoMatchAfterOneCall() throws VendorException {
        org.data.addContact("Ann", "Lee", "ann@acme.example", "+1 650 555 0000", null, null);

        JsonValue document = lookup();

        assertThat(JsonRead.text(document, "found")).contains("false");
        assertThat(JsonRead.text(document, "matches")).contains("0");
        assertThat(JsonRead.at(document, "caseSummary")).contains(JsonNull.INSTANCE);
        assertThat(org.requests()).hasSize(1);
    }

    @Test
    void anEmailAddressIsSearchedInTheEmailFieldsWithSoslCharactersEscaped() throws VendorException {
        org.data.addContact("Ann-Marie", "Lee", "ann-marie+vip@acme.example", null, null, null);

        JsonValue document =
                adapter.lookup(Callers.writing("Ann-Marie+VIP@acme.example", Callers.clientCredentials()), org);

        assertThat(JsonRead.text(document, "contact", "firstname")).contains("Ann-Marie");
        assertThat(org.requests().getFirst().query().get("q"))
                .startsWith("FIND {Ann\\-Marie\\+VIP@acme.example} IN EMAIL FIELDS");
    }

    @Test
    void withoutANumberOrAnAddressNothingIsAsked() throws VendorException {
        JsonValue document = adapter.lookup(
                new VendorLookup(
                        "Received",
                        "CHAT",
                        "INBOUND",
                        Optional.of("anonymous"),
                        Optional.empty(),
                        Optional.empty(),
                        Callers.clientCredentials()),
                org);

        assertThat(JsonRead.text(document, "found")).contains("false");
        assertThat(org.requests()).isEmpty();
    }

    @Test
    void theOrgsRequestLimitIsAThrottleThatNamesTheLimitButNotTheCaller() {
        org.answerNext(403, FakeRecords.errors("REQUEST_LIMIT_EXCEEDED", "TotalRequests Limit exceeded."));

        assertThatThrownBy(this::lookup)
                .isInstanceOfSatisfying(VendorException.class, e -> {
                    assertThat(e.kind()).isEqualTo(VendorException.Kind.THROTTLED);
                    assertThat(e.status()).hasValue(403);
                })
                .hasMessageContaining("REQUEST_LIMIT_EXCEEDED")
                .hasMessageNotContaining("4155551212");
    }

    @Test
    void anotherRefusalKeepsItsKindAndNamesSalesforcesErrorCode() {
        org.answerNext(401, FakeRecords.errors("INVALID_SESSION_ID", "Session expired or invalid"));

        assertThatThrownBy(this::lookup)
                .isInstanceOfSatisfying(
                        VendorException.class, e -> assertThat(e.kind()).isEqualTo(VendorException.Kind.UNAUTHORIZED))
                .hasMessage("contact search: the vendor answered HTTP 401 (INVALID_SESSION_ID)");
    }

    @Test
    void aMatchWithoutARecordIdIsABadAnswerNotAQuery() {
        org.answerNext(
                200,
                JsonObject.builder()
                        .put(
                                "searchRecords",
                                new JsonArray(List.of(JsonObject.builder()
                                        .put(
                                                "attributes",
                                                JsonObject.builder()
                                                        .put("type", "Contact")
                                                        .build())
                                        .put("Id", "003' OR Name!='")
                                        .build())))
                        .build());

        assertThatThrownBy(this::lookup)
                .isInstanceOfSatisfying(
                        VendorException.class, e -> assertThat(e.kind()).isEqualTo(VendorException.Kind.BAD_ANSWER));
        assertThat(org.requests()).hasSize(1);
    }

    private JsonValue lookup() throws VendorException {
        return adapter.lookup(Callers.calling(SAN_FRANCISCO, Callers.clientCredentials()), org);
    }
}
