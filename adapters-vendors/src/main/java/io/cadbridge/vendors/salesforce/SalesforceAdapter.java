package io.cadbridge.vendors.salesforce;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Salesforce: the caller's contact (or account) found by phone number or e-mail address with SOSL,
 * and its open cases with SOQL. The integration's {@code endpointUrl} is the org's My Domain URL
 * ({@code https://acme.my.salesforce.com}); the token comes from its {@code /services/oauth2/token}
 * by the client credentials or the JWT bearer flow, and the calls go to the token's {@code instance_url}.
 * See docs/vendors/salesforce.md.
 */
public final class SalesforceAdapter implements VendorAdapter {

    static final String TOKEN_PATH = "/services/oauth2/token";
    static final String CLIENT_SECRET = "clientSecret";
    static final String PRIVATE_KEY = "privateKey";

    private static final Pattern USERNAME = Pattern.compile("[^@\\s]+@[^@\\s]+");

    private static final VendorDescriptor DESCRIPTOR = new VendorDescriptor(
            "salesforce",
            "1.0.0",
            VendorAdapter.SPI_VERSION,
            "Salesforce",
            SalesforceSchema.settings(),
            List.of(
                    new SecretSetting(CLIENT_SECRET, "client-credentials: the external client app's consumer secret"),
                    new SecretSetting(
                            PRIVATE_KEY,
                            "jwt-bearer: the PKCS#8 PEM private key (-----BEGIN PRIVATE KEY-----) of the certificate"
                                    + " uploaded to the app")),
            Set.of(
                    Capability.CONTACT_BY_PHONE,
                    Capability.CONTACT_BY_EMAIL,
                    Capability.ACCOUNT,
                    Capability.RECENT_CASES),
            SalesforceDocument.defaultSave());

    @Override
    public VendorDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<SettingsProblem> validate(JsonObject settings) {
        SalesforceSettings read = SalesforceSettings.of(settings);
        List<SettingsProblem> problems = new ArrayList<>();
        if (read.grant() == SalesforceSettings.Grant.JWT_BEARER) {
            read.username()
                    .filter(username -> !USERNAME.matcher(username).matches())
                    .ifPresent(username -> problems.add(new SettingsProblem(
                            "/username",
                            "a Salesforce username has the form of an e-mail address (ann@acme.example)")));
            return problems;
        }
        for (String jwtOnly : List.of("username", "audience")) {
            if (settings.get(jwtOnly).isPresent()) {
                problems.add(new SettingsProblem(
                        "/" + jwtOnly,
                        "only the jwt-bearer flow uses " + jwtOnly + "; set \"auth\": \"jwt-bearer\" or remove it"));
            }
        }
        return problems;
    }

    @Override
    public VendorAuth authentication(JsonObject settings) {
        SalesforceSettings read = SalesforceSettings.of(settings);
        return switch (read.grant()) {
            case CLIENT_CREDENTIALS ->
                new VendorAuth.ClientCredentials(TOKEN_PATH, read.clientId(), CLIENT_SECRET, List.of());
            case JWT_BEARER ->
                new VendorAuth.JwtBearer(
                        TOKEN_PATH, read.clientId(), read.username().orElse(""), read.audience(), PRIVATE_KEY);
        };
    }

    @Override
    public JsonValue lookup(VendorLookup lookup, VendorHttp http) throws VendorException {
        return SalesforceLookup.run(lookup, http);
    }
}
