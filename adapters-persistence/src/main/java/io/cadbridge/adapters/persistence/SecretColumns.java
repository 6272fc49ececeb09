package io.cadbridge.adapters.persistence;

import static io.cadbridge.adapters.persistence.jooq.Tables.INTEGRATION_SECRET;
import static org.jooq.impl.DSL.excluded;

import io.cadbridge.domain.integration.BasicCredentials;
import io.cadbridge.domain.integration.IntegrationId;
import io.cadbridge.domain.integration.Secrets;
import io.cadbridge.domain.json.JsonObject;
import io.cadbridge.domain.json.JsonString;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.Record;

/** The integration_secret row: written with its integration, read only to rebuild the integration. */
final class SecretColumns {

    private SecretColumns() {}

    static void save(DSLContext dsl, IntegrationId id, Secrets secrets) {
        Optional<BasicCredentials> credentials = secrets.credentials();
        JsonObject.Builder authentications = JsonObject.builder();
        secrets.authentications().forEach(authentications::put);
        dsl.insertInto(INTEGRATION_SECRET)
                .set(INTEGRATION_SECRET.INTEGRATION_ID, id.value())
                .set(
                        INTEGRATION_SECRET.USERNAME,
                        credentials.map(BasicCredentials::username).orElse(null))
                .set(
                        INTEGRATION_SECRET.PASSWORD,
                        credentials.map(BasicCredentials::password).orElse(null))
                .set(INTEGRATION_SECRET.AUTHENTICATIONS, JsonColumns.jsonb(authentications.build()))
                .set(
                        INTEGRATION_SECRET.OAUTH_CLIENT_SECRET,
                        secrets.oauthClientSecret().orElse(null))
                .onConflict(INTEGRATION_SECRET.INTEGRATION_ID)
                .doUpdate()
                .set(INTEGRATION_SECRET.USERNAME, excluded(INTEGRATION_SECRET.USERNAME))
                .set(INTEGRATION_SECRET.PASSWORD, excluded(INTEGRATION_SECRET.PASSWORD))
                .set(INTEGRATION_SECRET.AUTHENTICATIONS, excluded(INTEGRATION_SECRET.AUTHENTICATIONS))
                .set(INTEGRATION_SECRET.OAUTH_CLIENT_SECRET, excluded(INTEGRATION_SECRET.OAUTH_CLIENT_SECRET))
                .execute();
    }

    /** Reads the secrets from a row left-joined to integration_secret; a missing row means no secrets. */
    static Secrets read(Record row) {
        String username = row.get(INTEGRATION_SECRET.USERNAME);
        Optional<BasicCredentials> credentials = username == null
                ? Optional.empty()
                : Optional.of(new BasicCredentials(username, row.get(INTEGRATION_SECRET.PASSWORD)));
        JSONB authentications = row.get(INTEGRATION_SECRET.AUTHENTICATIONS);
        return new Secrets(
                credentials,
                authentications == null ? Map.of() : texts(JsonColumns.object(authentications)),
                Optional.ofNullable(row.get(INTEGRATION_SECRET.OAUTH_CLIENT_SECRET)));
    }

    private static Map<String, String> texts(JsonObject object) {
        Map<String, String> texts = new LinkedHashMap<>();
        object.members().forEach((name, value) -> {
            if (!(value instanceof JsonString text)) {
                // The value itself is a secret: name the entry, never show the value.
                throw new IllegalStateException("stored authentication \"" + name + "\" is not a text");
            }
            texts.put(name, text.value());
        });
        return texts;
    }
}
