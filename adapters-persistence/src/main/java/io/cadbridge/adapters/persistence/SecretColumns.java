package io.cadbridge.adapters.persistence;

import static io.cadbridge.adapters.persistence.jooq.Tables.INTEGRATION_SECRET;
import static java.util.Objects.requireNonNull;
import static org.jooq.impl.DSL.excluded;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.cadbridge.domain.integration.BasicCredentials;
import io.cadbridge.domain.integration.IntegrationId;
import io.cadbridge.domain.integration.Secrets;
import io.cadbridge.json.JsonNull;
import io.cadbridge.json.JsonObject;
import io.cadbridge.json.JsonString;
import io.cadbridge.json.JsonValue;
import io.cadbridge.support.jackson.JsonValues;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.Record;

/**
 * The integration_secret row: an integration's secrets sealed together ({@link SecretSeal}, the row's
 * integration id as associated data), written with its integration, read only to rebuild it. Rows
 * written before secrets were sealed hold them in plain-text columns until {@link #sealAll} seals them.
 */
final class SecretColumns {

    /** What a query must select (left-joined) for {@link #read} to rebuild the secrets. */
    static final List<Field<?>> FIELDS = List.of(
            INTEGRATION_SECRET.INTEGRATION_ID,
            INTEGRATION_SECRET.SEALED,
            INTEGRATION_SECRET.KEY_ID,
            INTEGRATION_SECRET.USERNAME,
            INTEGRATION_SECRET.PASSWORD,
            INTEGRATION_SECRET.AUTHENTICATIONS,
            INTEGRATION_SECRET.OAUTH_CLIENT_SECRET);

    private static final JSONB NONE = JSONB.valueOf("{}");

    private final SecretSeal seal;

    @Inject
    SecretColumns(SecretSeal seal) {
        this.seal = requireNonNull(seal, "seal is null");
    }

    void save(DSLContext dsl, IntegrationId id, Secrets secrets) {
        SecretSeal.Sealed sealed = seal.seal(plaintext(secrets).toJson(), rowIdentity(id.value()));
        dsl.insertInto(INTEGRATION_SECRET)
                .set(INTEGRATION_SECRET.INTEGRATION_ID, id.value())
                .set(INTEGRATION_SECRET.SEALED, sealed.bytes())
                .set(INTEGRATION_SECRET.KEY_ID, sealed.keyId())
                .set(INTEGRATION_SECRET.USERNAME, (String) null)
                .set(INTEGRATION_SECRET.PASSWORD, (String) null)
                .set(INTEGRATION_SECRET.AUTHENTICATIONS, NONE)
                .set(INTEGRATION_SECRET.OAUTH_CLIENT_SECRET, (String) null)
                .onConflict(INTEGRATION_SECRET.INTEGRATION_ID)
                .doUpdate()
                .set(INTEGRATION_SECRET.SEALED, excluded(INTEGRATION_SECRET.SEALED))
                .set(INTEGRATION_SECRET.KEY_ID, excluded(INTEGRATION_SECRET.KEY_ID))
                .set(INTEGRATION_SECRET.USERNAME, excluded(INTEGRATION_SECRET.USERNAME))
                .set(INTEGRATION_SECRET.PASSWORD, excluded(INTEGRATION_SECRET.PASSWORD))
                .set(INTEGRATION_SECRET.AUTHENTICATIONS, excluded(INTEGRATION_SECRET.AUTHENTICATIONS))
                .set(INTEGRATION_SECRET.OAUTH_CLIENT_SECRET, excluded(INTEGRATION_SECRET.OAUTH_CLIENT_SECRET))
                .execute();
    }

    /** Reads the secrets from a row left-joined to integration_secret ({@link #FIELDS}); no row means no secrets. */
    Secrets read(Record row) {
        UUID id = row.get(INTEGRATION_SECRET.INTEGRATION_ID);
        byte[] sealed = row.get(INTEGRATION_SECRET.SEALED);
        if (id == null) {
            return Secrets.NONE;
        }
        if (sealed != null) {
            String rowIdentity = rowIdentity(id);
            return secrets(
                    seal.open(new SecretSeal.Sealed(row.get(INTEGRATION_SECRET.KEY_ID), sealed), rowIdentity),
                    rowIdentity);
        }
        String username = row.get(INTEGRATION_SECRET.USERNAME);
        JSONB authentications = row.get(INTEGRATION_SECRET.AUTHENTICATIONS);
        return new Secrets(
                username == null
                        ? Optional.empty()
                        : Optional.of(new BasicCredentials(username, row.get(INTEGRATION_SECRET.PASSWORD))),
                authentications == null ? Map.of() : texts(JsonColumns.object(authentications)),
                Optional.ofNullable(row.get(INTEGRATION_SECRET.OAUTH_CLIENT_SECRET)));
    }

    /**
     * Seals every row not sealed with the current key: rows from before secrets were sealed, and rows of
     * the previous key after a rotation. Returns how many. One transaction: all or nothing.
     */
    int sealAll(DSLContext dsl) {
        return dsl.transactionResult(transaction -> {
            DSLContext tx = transaction.dsl();
            var stale = tx.select(FIELDS)
                    .from(INTEGRATION_SECRET)
                    .where(INTEGRATION_SECRET.KEY_ID.isNull().or(INTEGRATION_SECRET.KEY_ID.ne(seal.currentKeyId())))
                    .forUpdate()
                    .fetch();
            stale.forEach(row -> save(tx, new IntegrationId(row.get(INTEGRATION_SECRET.INTEGRATION_ID)), read(row)));
            return stale.size();
        });
    }

    private static JsonObject plaintext(Secrets secrets) {
        JsonObject.Builder authentications = JsonObject.builder();
        secrets.authentications().forEach((name, value) -> authentications.put(name, JsonValue.of(value)));
        return JsonObject.builder()
                .put(
                        "username",
                        secrets.credentials()
                                .map(c -> JsonValue.of(c.username()))
                                .orElse(JsonNull.INSTANCE))
                .put(
                        "password",
                        secrets.credentials()
                                .map(c -> JsonValue.of(c.password()))
                                .orElse(JsonNull.INSTANCE))
                .put("authentications", authentications.build())
                .put(
                        "oauthClientSecret",
                        secrets.oauthClientSecret()
                                .<JsonValue>map(JsonValue::of)
                                .orElse(JsonNull.INSTANCE))
                .build();
    }

    private static Secrets secrets(String plaintext, String rowIdentity) {
        JsonObject object;
        try {
            if (!(JsonValues.parse(plaintext) instanceof JsonObject parsed)) {
                throw new IllegalStateException("the secrets of " + rowIdentity + " are not an object");
            }
            object = parsed;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the secrets of " + rowIdentity + " cannot be read", e);
        }
        Optional<String> username = text(object, "username");
        return new Secrets(
                username.map(name ->
                        new BasicCredentials(name, text(object, "password").orElseThrow())),
                object.members().get("authentications") instanceof JsonObject names ? texts(names) : Map.of(),
                text(object, "oauthClientSecret"));
    }

    private static Optional<String> text(JsonObject object, String name) {
        return object.members().get(name) instanceof JsonString text ? Optional.of(text.value()) : Optional.empty();
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

    /** The associated data of a row's sealed secrets: sealed for this row, they open for no other. */
    private static String rowIdentity(UUID integrationId) {
        return "integration_secret:" + integrationId;
    }
}
