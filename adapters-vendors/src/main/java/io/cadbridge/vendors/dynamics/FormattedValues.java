package io.cadbridge.vendors.dynamics;

import io.cadbridge.json.JsonRead;
import io.cadbridge.json.JsonValue;
import java.util.Optional;

/**
 * Dataverse's labels: with {@code Prefer: odata.include-annotations="OData.Community.Display.V1.FormattedValue"}
 * an option set's or a lookup's member has a sibling {@code <name>@OData.Community.Display.V1.FormattedValue}
 * with its label ("In Progress" for status 1, the account's name for {@code _parentcustomerid_value}).
 */
final class FormattedValues {

    /** The annotation that carries an option's label or a lookup's name. */
    static final String FORMATTED = "@OData.Community.Display.V1.FormattedValue";

    private FormattedValues() {}

    /** The member's label, when Dataverse gave one. */
    static Optional<String> label(JsonValue record, String name) {
        return JsonRead.text(record, name + FORMATTED);
    }

    /** The member's label when Dataverse gave one, else its value; JSON null when neither. */
    static JsonValue labelOrValue(JsonValue record, String name) {
        return JsonValue.of(
                label(record, name).or(() -> JsonRead.text(record, name)).orElse(null));
    }
}
