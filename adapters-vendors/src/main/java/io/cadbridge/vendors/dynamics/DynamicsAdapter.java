package io.cadbridge.vendors.dynamics;

import io.cadbridge.json.JsonObject;
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
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Dynamics 365 / Dataverse: the caller's contacts by phone number or e-mail address, with their active
 * cases expanded, in one Web API call. The integration's {@code endpointUrl} is the environment URL
 * ({@code https://contoso.crm.dynamics.com}); the host gets tokens from Entra ID by the client
 * credentials grant. See docs/vendors/dynamics.md.
 */
public final class DynamicsAdapter implements VendorAdapter {

    static final String CLIENT_SECRET = "clientSecret";

    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "[::1]");

    private static final VendorDescriptor DESCRIPTOR = new VendorDescriptor(
            "dynamics",
            "1.0.0",
            VendorAdapter.SPI_VERSION,
            "Dynamics 365 / Dataverse",
            DynamicsSchema.settings(),
            List.of(new SecretSetting(CLIENT_SECRET, "A client secret of the Entra ID app registration")),
            Set.of(
                    Capability.CONTACT_BY_PHONE,
                    Capability.CONTACT_BY_EMAIL,
                    Capability.ACCOUNT,
                    Capability.RECENT_CASES),
            DynamicsDocument.defaultSave());

    @Override
    public VendorDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<SettingsProblem> validate(JsonObject settings) {
        DynamicsSettings read = DynamicsSettings.of(settings);
        List<SettingsProblem> problems = new ArrayList<>();
        if (read.authorityUrl().startsWith("http:")
                && host(read.authorityUrl()).filter(LOOPBACK::contains).isEmpty()) {
            problems.add(new SettingsProblem(
                    "/authorityUrl",
                    "the client secret is sent to the authority: use https (plain http only for a local test server)"));
        }
        Optional<String> environmentHost = host(read.environmentUrl());
        if (environmentHost.isEmpty() || environmentHost.get().startsWith("login.")) {
            problems.add(new SettingsProblem(
                    "/environmentUrl",
                    "the environment URL is the Dataverse one (https://contoso.crm.dynamics.com),"
                            + " not Entra ID's login host"));
        }
        return problems;
    }

    private static Optional<String> host(String url) {
        try {
            return Optional.ofNullable(new URI(url).getHost()).map(host -> host.toLowerCase(Locale.ROOT));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    @Override
    public VendorAuth authentication(JsonObject settings) {
        DynamicsSettings read = DynamicsSettings.of(settings);
        return new VendorAuth.ClientCredentials(read.tokenUrl(), read.clientId(), CLIENT_SECRET, List.of(read.scope()));
    }

    @Override
    public JsonValue lookup(VendorLookup lookup, VendorHttp http) throws VendorException {
        DynamicsSettings settings = DynamicsSettings.of(lookup.settings());
        if (lookup.phone().isPresent()) {
            VendorRequest request =
                    DynamicsQuery.byPhone(settings, lookup.phone().get());
            return DynamicsDocument.of(answer(request, http), Optional.of("phone"), settings.maxCases());
        }
        if (lookup.email().isPresent()) {
            VendorRequest request =
                    DynamicsQuery.byEmail(settings, lookup.email().get());
            return DynamicsDocument.of(answer(request, http), Optional.of("email"), settings.maxCases());
        }
        return DynamicsDocument.of(JsonObject.EMPTY, Optional.empty(), settings.maxCases());
    }

    private static JsonValue answer(VendorRequest request, VendorHttp http) throws VendorException {
        return DynamicsErrors.body(http.send(request), DynamicsQuery.PURPOSE);
    }
}
