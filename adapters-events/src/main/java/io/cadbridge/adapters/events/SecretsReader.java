package io.cadbridge.adapters.events;

import io.cadbridge.domain.integration.BasicCredentials;
import io.cadbridge.domain.integration.SecretsUpdate;
import io.cadbridge.domain.integration.SecretsUpdate.Change;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the write-only secrets. Clients cannot read them back, so a missing field keeps the stored
 * value, {@code null} removes it and a value replaces it.
 */
final class SecretsReader {

    private static final Set<String> CREDENTIAL_FIELDS = Set.of("username", "password");

    private SecretsReader() {}

    static SecretsUpdate read(JsonFields integration) {
        return new SecretsUpdate(credentials(integration), authentications(integration), clientSecret(integration));
    }

    private static Change<BasicCredentials> credentials(JsonFields integration) {
        if (integration.isAbsent("credentials")) {
            return new Change.Keep<>();
        }
        if (integration.isNull("credentials")) {
            return new Change.Remove<>();
        }
        Optional<BasicCredentials> credentials = integration
                .optionalObject("credentials")
                .flatMap(fields -> {
                    fields.rejectUnknown(CREDENTIAL_FIELDS);
                    Optional<String> username = fields.requiredText("username");
                    Optional<String> password = fields.requiredText("password");
                    username.filter(String::isBlank)
                            .ifPresent(blank -> fields.problem(fields.pointerTo("username"), "must not be blank"));
                    return username.filter(name -> !name.isBlank())
                            .flatMap(name -> password.map(secret -> new BasicCredentials(name, secret)));
                });
        return credentials.<Change<BasicCredentials>>map(Change.Replace::new).orElseGet(Change.Keep::new);
    }

    private static Change<String> clientSecret(JsonFields integration) {
        if (integration.isAbsent("oauthClientSecret")) {
            return new Change.Keep<>();
        }
        if (integration.isNull("oauthClientSecret")) {
            return new Change.Remove<>();
        }
        return integration
                .requiredText("oauthClientSecret")
                .filter(secret -> !secret.isBlank())
                .<Change<String>>map(Change.Replace::new)
                .orElseGet(Change.Keep::new);
    }

    private static Change<Map<String, String>> authentications(JsonFields integration) {
        if (integration.isAbsent("authentications")) {
            return new Change.Keep<>();
        }
        if (integration.isNull("authentications")) {
            return new Change.Remove<>();
        }
        Optional<Map<String, String>> values = integration
                .optionalObject("authentications")
                .map(fields -> {
                    Map<String, String> named = new LinkedHashMap<>();
                    fields.names().forEach(name -> {
                        if (name.isBlank()) {
                            fields.problem(fields.pointerTo(name), "a stored value needs a name");
                        }
                        fields.requiredText(name).ifPresent(secret -> named.put(name, secret));
                    });
                    return named;
                });
        return values.<Change<Map<String, String>>>map(Change.Replace::new).orElseGet(Change.Keep::new);
    }
}
