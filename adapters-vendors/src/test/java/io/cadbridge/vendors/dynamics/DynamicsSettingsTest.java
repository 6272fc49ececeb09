package io.cadbridge.vendors.dynamics;

import static org.assertj.core.api.Assertions.assertThat;

import io.cadbridge.json.JsonObject;
import io.cadbridge.json.JsonString;
import io.cadbridge.spi.Capability;
import io.cadbridge.spi.SecretSetting;
import io.cadbridge.spi.SettingsProblem;
import io.cadbridge.spi.VendorAuth;
import io.cadbridge.spi.VendorDescriptor;
import java.util.List;
import org.junit.jupiter.api.Test;

class DynamicsSettingsTest {

    private final DynamicsAdapter adapter = new DynamicsAdapter();

    @Test
    void describesItselfWithItsOneSecretAndEveryCapability() {
        VendorDescriptor descriptor = adapter.descriptor();

        assertThat(descriptor.name()).isEqualTo("dynamics");
        assertThat(descriptor.secrets()).extracting(SecretSetting::name).containsExactly("clientSecret");
        assertThat(descriptor.capabilities()).containsExactlyInAnyOrder(Capability.values());
        assertThat(descriptor.settingsSchema().get("required").orElseThrow().toJson())
                .isEqualTo("[\"tenantId\",\"clientId\",\"environmentUrl\"]");
    }

    @Test
    void theDefaultSaveHasTheCustomerDataOfEveryAdapter() {
        JsonObject save = adapter.descriptor().defaultSave();

        assertThat(((JsonObject) save.get("customer_data").orElseThrow())
                        .members()
                        .keySet())
                .containsExactly("id", "firstname", "lastname", "email", "company", "phone");
        assertThat(save.members().keySet()).containsExactly("customer_data", "customer_matches", "customer_tickets");
    }

    @Test
    void theTokenComesFromTheTenantsEntraEndpointForTheEnvironmentsDefaultScope() {
        assertThat(adapter.authentication(Callers.settings()))
                .isEqualTo(new VendorAuth.ClientCredentials(
                        "https://login.microsoftonline.com/" + Callers.TENANT + "/oauth2/v2.0/token",
                        Callers.CLIENT,
                        "clientSecret",
                        List.of("https://contoso.crm.dynamics.com/.default")));
    }

    @Test
    void aNationalCloudOrATestServerIsAnotherAuthority() {
        JsonObject settings = Callers.settings()
                .with("authorityUrl", new JsonString("http://127.0.0.1:8123/"))
                .with("environmentUrl", new JsonString("https://contoso.crm.dynamics.com/"));

        VendorAuth.ClientCredentials auth = (VendorAuth.ClientCredentials) adapter.authentication(settings);

        assertThat(auth.tokenUrl()).isEqualTo("http://127.0.0.1:8123/" + Callers.TENANT + "/oauth2/v2.0/token");
        assertThat(auth.scopes()).containsExactly("https://contoso.crm.dynamics.com/.default");
        assertThat(adapter.validate(settings)).isEmpty();
    }

    @Test
    void theSecretIsNeverSentToAPlainHttpAuthorityElsewhere() {
        JsonObject settings = Callers.settings().with("authorityUrl", new JsonString("http://login.example.com"));

        assertThat(adapter.validate(settings))
                .extracting(SettingsProblem::pointer)
                .containsExactly("/authorityUrl");
    }

    @Test
    void theLoginHostIsNotAnEnvironment() {
        JsonObject settings =
                Callers.settings().with("environmentUrl", new JsonString("https://login.microsoftonline.com"));

        assertThat(adapter.validate(settings))
                .extracting(SettingsProblem::pointer)
                .containsExactly("/environmentUrl");
    }
}
