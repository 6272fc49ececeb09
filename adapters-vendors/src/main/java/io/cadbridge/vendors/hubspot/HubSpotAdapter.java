package io.cadbridge.vendors.hubspot;

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
import io.cadbridge.spi.VendorRequest;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * HubSpot CRM (docs/vendors/hubspot.md): the caller's contact by phone (or e-mail on chat and e-mail
 * channels), and the contact's latest tickets. Authenticates with a private app's access token,
 * {@code authentications.token}; {@code endpointUrl} is the API base, {@code https://api.hubapi.com}.
 */
public final class HubSpotAdapter implements VendorAdapter {

    static final String TOKEN = "token";

    private static final VendorDescriptor DESCRIPTOR = new VendorDescriptor(
            "hubspot",
            "1.0.0",
            SPI_VERSION,
            "HubSpot",
            HubSpotSettings.SCHEMA,
            List.of(new SecretSetting(
                    TOKEN,
                    "the access token of a HubSpot private app (Settings > Integrations > Private apps) with the"
                            + " scopes crm.objects.contacts.read and tickets")),
            Set.of(Capability.CONTACT_BY_PHONE, Capability.CONTACT_BY_EMAIL, Capability.RECENT_CASES),
            HubSpotDocument.DEFAULT_SAVE);

    @Override
    public VendorDescriptor descriptor() {
        return DESCRIPTOR;
    }

    /** The schema says everything there is to say about these settings. */
    @Override
    public List<SettingsProblem> validate(JsonObject settings) {
        return List.of();
    }

    @Override
    public VendorAuth authentication(JsonObject settings) {
        return new VendorAuth.Bearer(TOKEN);
    }

    @Override
    public JsonValue lookup(VendorLookup lookup, VendorHttp http) throws VendorException {
        HubSpotSettings settings = HubSpotSettings.of(lookup.settings());
        Optional<HubSpotSearch.Query> query = HubSpotSearch.query(lookup, settings);
        if (query.isEmpty()) {
            return HubSpotDocument.notFound(Optional.empty());
        }
        String purpose = "contact search";
        HubSpotSearch.Found found = HubSpotSearch.read(HubSpotFailures.body(
                purpose,
                http.send(VendorRequest.post(
                        purpose, HubSpotSearch.PATH, query.get().body()))));
        if (found.contact().isEmpty()) {
            return HubSpotDocument.notFound(Optional.of(query.get().searchedBy()));
        }
        JsonObject contact = found.contact().get();
        Optional<String> id = JsonRead.text(contact, "id").filter(text -> text.matches("\\d{1,30}"));
        if (id.isEmpty()) {
            throw new VendorException(VendorException.Kind.BAD_ANSWER, purpose + ": a contact without a numeric id");
        }
        Optional<HubSpotTickets.Latest> tickets = settings.ticketLimit() == 0
                ? Optional.empty()
                : Optional.of(HubSpotTickets.latest(http, id.get(), settings.ticketLimit()));
        return HubSpotDocument.found(query.get().searchedBy(), found.matches(), contact, tickets);
    }
}
