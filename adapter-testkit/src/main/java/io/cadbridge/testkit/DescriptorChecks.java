package io.cadbridge.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.cadbridge.json.JsonBoolean;
import io.cadbridge.json.JsonObject;
import io.cadbridge.json.JsonString;
import io.cadbridge.spi.SecretSetting;
import io.cadbridge.spi.VendorAuth;
import io.cadbridge.spi.VendorDescriptor;
import java.util.List;
import java.util.Map;

/** What a descriptor must say about its settings and secrets. */
final class DescriptorChecks {

    private DescriptorChecks() {}

    /** An object schema that refuses unknown settings, so that a typo is reported, not ignored. */
    static void settingsSchemaIsClosed(VendorDescriptor descriptor) {
        JsonObject schema = descriptor.settingsSchema();
        assertThat(schema.get("type")).as("settings schema type").contains(new JsonString("object"));
        assertThat(schema.get("additionalProperties"))
                .as("settings schema additionalProperties")
                .contains(JsonBoolean.FALSE);
    }

    /**
     * Each secret the authentication names is declared; each declared secret is supplied by the test
     * with a distinctive value; no secret is also a setting (settings are shown, secrets never).
     */
    static void secretsAreDeclaredAndSupplied(VendorDescriptor descriptor, VendorAuth auth, Map<String, String> secrets) {
        List<String> declared = descriptor.secrets().stream().map(SecretSetting::name).toList();
        assertThat(declared).as("secret names").doesNotHaveDuplicates().allMatch(name -> !name.isBlank());
        assertThat(descriptor.secrets()).allMatch(secret -> !secret.description().isBlank());
        assertThat(declared).as("secrets the authentication reads").containsAll(namedBy(auth));
        assertThat(secrets).as("the test's secrets").containsOnlyKeys(declared);
        assertThat(secrets.values())
                .as("secret values distinctive enough to scan for")
                .allMatch(value -> value.length() >= 12);
        JsonObject properties = descriptor.settingsSchema().get("properties")
                .filter(JsonObject.class::isInstance)
                .map(JsonObject.class::cast)
                .orElse(JsonObject.EMPTY);
        assertThat(properties.members().keySet()).as("settings that would be secrets").doesNotContainAnyElementsOf(declared);
    }

    private static List<String> namedBy(VendorAuth auth) {
        return switch (auth) {
            case VendorAuth.None none -> List.of();
            case VendorAuth.Bearer bearer -> List.of(bearer.tokenSecret());
            case VendorAuth.Basic basic -> List.of(basic.passwordSecret());
            case VendorAuth.ClientCredentials grant -> List.of(grant.clientSecret());
            case VendorAuth.JwtBearer grant -> List.of(grant.privateKeySecret());
        };
    }
}
