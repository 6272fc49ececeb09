package io.cadbridge.vendors.salesforce;

import io.cadbridge.json.JsonRead;
import io.cadbridge.json.JsonValue;
import io.cadbridge.spi.VendorException;
import io.cadbridge.spi.VendorException.Kind;
import io.cadbridge.spi.VendorHttp;
import io.cadbridge.spi.VendorLookup;
import io.cadbridge.spi.VendorRequest;
import java.util.List;
import java.util.Optional;

/**
 * One lookup, in at most two calls: a SOSL search for contacts and accounts by the caller's number
 * (or e-mail address), then a SOQL query for the open cases of the best match.
 */
final class SalesforceLookup {

    static final String SEARCH = "contact search";
    static final String CASES = "open cases";

    private SalesforceLookup() {}

    static JsonValue run(VendorLookup lookup, VendorHttp http) throws VendorException {
        SalesforceSettings settings = SalesforceSettings.of(lookup.settings());
        Optional<String> sosl = lookup.phone()
                .map(SalesforceQueries::byPhone)
                .or(() -> lookup.email().map(SalesforceQueries::byEmail));
        Optional<String> searchedBy = lookup.phone().isPresent()
                ? Optional.of("phone")
                : lookup.email().map(email -> "email");
        if (sosl.isEmpty()) {
            return SalesforceDocument.of(SalesforceMatches.NONE, List.of(), searchedBy, settings.maxCases());
        }
        VendorRequest search =
                VendorRequest.get(SEARCH, settings.dataPath() + "/search/").withQuery("q", sosl.get());
        SalesforceMatches matches = SalesforceMatches.of(SalesforceErrors.body(http.send(search), SEARCH));
        return SalesforceDocument.of(matches, openCases(settings, matches, http), searchedBy, settings.maxCases());
    }

    private static List<JsonValue> openCases(SalesforceSettings settings, SalesforceMatches matches, VendorHttp http)
            throws VendorException {
        Optional<SalesforceMatches.CaseOwner> owner = matches.caseOwner();
        if (settings.maxCases() == 0 || owner.isEmpty()) {
            return List.of();
        }
        if (!SalesforceQueries.isRecordId(owner.get().id())) {
            throw new VendorException(Kind.BAD_ANSWER, SEARCH + ": the match's Id is not a Salesforce record id");
        }
        VendorRequest query = VendorRequest.get(CASES, settings.dataPath() + "/query/")
                .withQuery("q", SalesforceQueries.openCases(owner.get(), settings.maxCases()));
        return JsonRead.array(SalesforceErrors.body(http.send(query), CASES), "records");
    }
}
