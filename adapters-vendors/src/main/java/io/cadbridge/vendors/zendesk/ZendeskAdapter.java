package io.cadbridge.vendors.zendesk;

import io.cadbridge.json.JsonObject;
import io.cadbridge.json.JsonRead;
import io.cadbridge.json.JsonValue;
import io.cadbridge.spi.Capability;
import io.cadbridge.spi.SecretSetting;
import io.cadbridge.spi.SettingsProblem;
import io.cadbridge.spi.VendorAdapter;
import io.cadbridge.spi.VendorAuth;
import io.cadbridge.spi.VendorDescriptor;
import io.cadbridge.spi.VendorException;
import io.cadbridge.spi.VendorHttp;
import io.cadbridge.spi.VendorLookup;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Zendesk Support (docs/vendors/zendesk.md): the caller's end user by phone (or e-mail on chat and
 * e-mail channels) and the user's latest requested tickets. Authenticates with an API token:
 * HTTP Basic as {@code <vendorSettings.email>/token} with {@code authentications.apiToken};
 * {@code endpointUrl} is the account's address, {@code https://<subdomain>.zendesk.com}.
 */
public final class ZendeskAdapter implements VendorAdapter {

    static final String API_TOKEN = "apiToken";

    private static final VendorDescriptor DESCRIPTOR = new VendorDescriptor(
            "zendesk",
            "1.0.0",
            SPI_VERSION,
            "Zendesk",
            ZendeskSettings.SCHEMA,
            List.of(new SecretSetting(
                    API_TOKEN,
                    "a Zendesk API token (Admin Center > Apps and integrations > APIs > Zendesk API, token access"
                            + " enabled), used with the agent e-mail address in vendorSettings.email")),
            Set.of(Capability.CONTACT_BY_PHONE, Capability.CONTACT_BY_EMAIL, Capability.RECENT_CASES),
            ZendeskDocument.DEFAULT_SAVE);

    @Override
    public VendorDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<SettingsProblem> validate(JsonObject settings) {
        return ZendeskSettings.problems(settings);
    }

    @Override
    public VendorAuth authentication(JsonObject settings) {
        return new VendorAuth.Basic(ZendeskSettings.of(settings).email() + "/token", API_TOKEN);
    }

    @Override
    public JsonValue lookup(VendorLookup lookup, VendorHttp http) throws VendorException {
        ZendeskSettings settings = ZendeskSettings.of(lookup.settings());
        Optional<ZendeskSearch.Query> query = ZendeskSearch.query(lookup);
        if (query.isEmpty()) {
            return ZendeskDocument.notFound(Optional.empty());
        }
        String purpose = query.get().request().purpose();
        ZendeskSearch.Found found = ZendeskSearch.read(
                ZendeskFailures.body(purpose, http.send(query.get().request())));
        if (found.user().isEmpty()) {
            return ZendeskDocument.notFound(Optional.of(query.get().searchedBy()));
        }
        JsonObject user = found.user().get();
        Optional<String> id = JsonRead.text(user, "id").filter(text -> text.matches("\\d{1,30}"));
        if (id.isEmpty()) {
            throw new VendorException(VendorException.Kind.BAD_ANSWER, purpose + ": an end user without a numeric id");
        }
        ZendeskTickets.Latest tickets = settings.ticketLimit() == 0
                ? new ZendeskTickets.Latest(List.of(), false)
                : ZendeskTickets.latest(http, id.get(), settings.ticketLimit());
        return ZendeskDocument.found(query.get().searchedBy(), found.matches(), user, tickets);
    }
}
