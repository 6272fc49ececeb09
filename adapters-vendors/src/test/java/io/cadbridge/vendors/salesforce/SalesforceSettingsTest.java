package io.cadbridge.vendors.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import io.cadbridge.json.JsonNumber;
import io.cadbridge.json.JsonObject;
import io.cadbridge.json.JsonString;
import io.cadbridge.json.JsonValue;
import io.cadbridge.spi.Capability;
import io.cadbridge.spi.SecretSetting;
import io.cadbridge.spi.SettingsProblem;
import io.cadbridge.spi.VendorAuth;
import io.cadbridge.spi.VendorDescriptor;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SalesforceSettingsTest {

    private final SalesforceAdapter adapter = new SalesforceAdapter();

    @Test
    void describesItselfWithTheSecretsOfBothFlowsAndEveryCapability() {
        VendorDescriptor descriptor = adapter.descriptor();

        assertThat(descriptor.name()).isEqualTo("salesforce");
        assertThat(descriptor.secrets()).extracting(SecretSetting::name).containsExactly("clientSecret", "privateKey");
        assertThat(descriptor.capabilities()).containsExactlyInAnyOrder(Capability.values());
        assertThat(descriptor.settingsSchema().get("required").orElseThrow().toJson())
                .isEqualTo("[\"clientId\"]");
    }

    @Test
    void theDefaultSaveWritesValidAttachedDataKeysFromTheDocument() {
        JsonObject save = adapter.descriptor().defaultSave();

        assertThat(keys(save)).allMatch(key -> Pattern.matches("[A-Za-z_][A-Za-z0-9_.-]*", key));
        assertThat(((JsonObject) save.get("customer_data").orElseThrow())
                        .members()
                        .keySet())
                .containsExactly("id", "firstname", "lastname", "email", "company", "phone");
        assertThat(save.members().keySet()).containsExactly("customer_data", "customer_matches", "customer_tickets");
        assertThat(save.toJson()).contains("{response.body.contact.firstname}", "{response.body.caseSummary}");
    }

    @Test
    void clientCredentialsAskTheMyDomainTokenEndpointWithTheConsumerSecret() {
        VendorAuth auth = adapter.authentication(Callers.clientCredentials());

        assertThat(auth)
                .isEqualTo(new VendorAuth.ClientCredentials(
                        "/services/oauth2/token", "3MVG9-consumer-key", "clientSecret", List.of()));
    }

    @Test
    void jwtBearerSignsForTheUserWithTheLoginAudienceByDefault() {
        JsonObject settings = jwt("integration@acme.example");

        assertThat(adapter.authentication(settings))
                .isEqualTo(new VendorAuth.JwtBearer(
                        "/services/oauth2/token",
                        "3MVG9-consumer-key",
                        "integration@acme.example",
                        "https://login.salesforce.com",
                        "privateKey"));
        assertThat(adapter.authentication(settings.with("audience", new JsonString("https://test.salesforce.com"))))
                .extracting(auth -> ((VendorAuth.JwtBearer) auth).audience())
                .isEqualTo("https://test.salesforce.com");
    }

    @Test
    void usableSettingsHaveNoProblems() {
        assertThat(adapter.validate(Callers.clientCredentials())).isEmpty();
        assertThat(adapter.validate(jwt("integration@acme.example")
                        .with("apiVersion", new JsonString("v61.0"))
                        .with("maxCases", JsonNumber.of(0))))
                .isEmpty();
    }

    @Test
    void aJwtUsernameMustLookLikeASalesforceUsername() {
        assertThat(adapter.validate(jwt("integration")))
                .extracting(SettingsProblem::pointer)
                .containsExactly("/username");
    }

    @Test
    void jwtSettingsWithClientCredentialsArePointedAt() {
        JsonObject mixed = Callers.clientCredentials()
                .with("username", new JsonString("integration@acme.example"))
                .with("audience", new JsonString("https://test.salesforce.com"));

        assertThat(adapter.validate(mixed))
                .extracting(SettingsProblem::pointer)
                .containsExactly("/username", "/audience");
    }

    static JsonObject jwt(String username) {
        return Callers.clientCredentials()
                .with("auth", new JsonString("jwt-bearer"))
                .with("username", new JsonString(username));
    }

    private static List<String> keys(JsonObject save) {
        return save.members().entrySet().stream()
                .flatMap(entry -> {
                    JsonValue value = entry.getValue();
                    return value instanceof JsonObject nested
                            ? Stream.concat(Stream.of(entry.getKey()), keys(nested).stream())
                            : Stream.of(entry.getKey());
                })
                .toList();
    }
}
