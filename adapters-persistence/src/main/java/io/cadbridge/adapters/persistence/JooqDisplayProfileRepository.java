package io.cadbridge.adapters.persistence;

import static io.cadbridge.adapters.persistence.jooq.Tables.DISPLAY_PROFILE;
import static java.util.Objects.requireNonNull;

import io.cadbridge.application.port.out.DisplayProfileRepository;
import io.cadbridge.domain.display.DisplayField;
import io.cadbridge.domain.display.DisplayProfile;
import io.cadbridge.domain.display.DisplayType;
import io.cadbridge.domain.display.ProfileScope;
import io.cadbridge.json.JsonArray;
import io.cadbridge.json.JsonObject;
import io.cadbridge.json.JsonString;
import io.cadbridge.json.JsonValue;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Display profiles in PostgreSQL ({@code display_profile}, V20), one JSON document per scope. */
final class JooqDisplayProfileRepository implements DisplayProfileRepository {

    private final DSLContext dsl;

    @Inject
    JooqDisplayProfileRepository(DSLContext dsl) {
        this.dsl = requireNonNull(dsl, "dsl is null");
    }

    @Override
    public void save(ProfileScope scope, DisplayProfile profile) {
        var document = JsonColumns.jsonb(document(profile));
        StorageErrors.guarded(() -> dsl.insertInto(DISPLAY_PROFILE)
                .set(DISPLAY_PROFILE.SCOPE, scope.name())
                .set(DISPLAY_PROFILE.PROFILE, document)
                .onConflict(DISPLAY_PROFILE.SCOPE)
                .doUpdate()
                .set(DISPLAY_PROFILE.PROFILE, document)
                .set(DISPLAY_PROFILE.CHANGED_AT, DSL.currentOffsetDateTime())
                .execute());
    }

    @Override
    public Optional<DisplayProfile> find(ProfileScope scope) {
        return StorageErrors.guarded(() -> dsl.select(DISPLAY_PROFILE.PROFILE)
                .from(DISPLAY_PROFILE)
                .where(DISPLAY_PROFILE.SCOPE.eq(scope.name()))
                .fetchOptional(row -> profile(JsonColumns.object(row.value1()))));
    }

    private static JsonObject document(DisplayProfile profile) {
        List<JsonValue> fields = profile.fields().stream()
                .<JsonValue>map(field -> {
                    JsonObject.Builder labels = JsonObject.builder();
                    field.labels().forEach((locale, label) -> labels.put(locale, JsonValue.of(label)));
                    JsonObject.Builder builder = JsonObject.builder()
                            .put("key", JsonValue.of(field.key()))
                            .put("labels", labels.build())
                            .put("type", JsonValue.of(field.type().wireName()));
                    field.linkTemplate().ifPresent(template -> builder.put("linkTemplate", JsonValue.of(template)));
                    return builder.build();
                })
                .toList();
        return JsonObject.builder().put("fields", new JsonArray(fields)).build();
    }

    private static DisplayProfile profile(JsonObject document) {
        List<DisplayField> fields = ((JsonArray) document.get("fields").orElseThrow())
                .elements().stream()
                        .map(element -> {
                            JsonObject field = (JsonObject) element;
                            Map<String, String> labels = new LinkedHashMap<>();
                            ((JsonObject) field.get("labels").orElse(JsonObject.EMPTY))
                                    .members()
                                    .forEach((locale, label) -> labels.put(locale, ((JsonString) label).value()));
                            return new DisplayField(
                                    text(field, "key"),
                                    labels,
                                    DisplayType.parse(text(field, "type"))
                                            .orElseThrow(() -> new IllegalStateException(
                                                    "a stored display field has an unknown type: " + field.toJson())),
                                    field.get("linkTemplate").map(template -> ((JsonString) template).value()));
                        })
                        .toList();
        return new DisplayProfile(fields);
    }

    private static String text(JsonObject object, String member) {
        return ((JsonString) object.get(member).orElseThrow()).value();
    }
}
