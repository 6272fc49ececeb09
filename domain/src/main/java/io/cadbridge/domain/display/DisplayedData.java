package io.cadbridge.domain.display;

import io.cadbridge.domain.conversation.AttachedData;
import io.cadbridge.json.JsonBoolean;
import io.cadbridge.json.JsonNull;
import io.cadbridge.json.JsonNumber;
import io.cadbridge.json.JsonObject;
import io.cadbridge.json.JsonString;
import io.cadbridge.json.JsonValue;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Attached data laid out for the agent by a {@link DisplayProfile}: top-level values first (no
 * heading), then one group per nested object, each in the profile's order. With no profile every key
 * shows, as text, in the order it was saved; with one, only the keys it lists — a top-level key with
 * all its members, or the members listed as {@code key.member}.
 */
public final class DisplayedData {

    private static final String MASK = "••••";
    private static final int SHOWN_WHEN_MASKED = 4;
    private static final Map<String, String[]> YES_NO = Map.of(
            "en", new String[] {"Yes", "No"},
            "fi", new String[] {"Kyllä", "Ei"},
            "sv", new String[] {"Ja", "Nej"},
            "de", new String[] {"Ja", "Nein"});

    private DisplayedData() {}

    public static List<DisplayGroup> of(AttachedData data, DisplayProfile profile, Locale locale) {
        List<DisplayRow> top = new ArrayList<>();
        Map<String, List<DisplayRow>> groups = new LinkedHashMap<>();
        Map<String, String> groupLabels = new LinkedHashMap<>();
        List<DisplayField> fields = profile.showsEverything()
                ? data.values().members().keySet().stream()
                        .map(DisplayField::text)
                        .toList()
                : profile.fields();
        for (DisplayField field : fields) {
            Optional<JsonValue> value = data.get(field.topKey());
            if (value.isEmpty()) {
                continue;
            }
            if (field.member().isPresent()) {
                if (value.get() instanceof JsonObject object
                        && object.get(field.member().get()).isPresent()) {
                    String groupLabel = profile.field(field.topKey())
                            .map(group -> group.label(locale))
                            .orElse(field.topKey());
                    groupLabels.putIfAbsent(field.topKey(), groupLabel);
                    groups.computeIfAbsent(field.topKey(), key -> new ArrayList<>())
                            .add(row(field, object.get(field.member().get()).get(), locale));
                }
            } else if (value.get() instanceof JsonObject object && field.type() == DisplayType.TEXT) {
                groupLabels.putIfAbsent(field.key(), field.label(locale));
                List<DisplayRow> rows = groups.computeIfAbsent(field.key(), key -> new ArrayList<>());
                object.members().forEach((member, memberValue) -> {
                    String memberKey = field.key() + "." + member;
                    if (profile.showsEverything() || profile.field(memberKey).isEmpty()) {
                        rows.add(row(DisplayField.text(memberKey), memberValue, locale));
                    }
                });
            } else {
                top.add(row(field, value.get(), locale));
            }
        }
        List<DisplayGroup> laidOut = new ArrayList<>();
        if (!top.isEmpty()) {
            laidOut.add(new DisplayGroup(Optional.empty(), top));
        }
        groups.forEach((key, rows) -> {
            if (!rows.isEmpty()) {
                laidOut.add(new DisplayGroup(Optional.of(groupLabels.get(key)), rows));
            }
        });
        return laidOut;
    }

    private static DisplayRow row(DisplayField field, JsonValue value, Locale locale) {
        String text = text(value);
        String label = field.label(locale);
        return switch (field.type()) {
            case TEXT -> plain(field, label, text, false);
            case NUMBER ->
                number(value, text)
                        .map(number -> plain(
                                field, label, NumberFormat.getInstance(locale).format(number), false))
                        .orElseGet(() -> plain(field, label, text, true));
            case DATETIME ->
                instant(text)
                        .map(at -> new DisplayRow(
                                field.key(),
                                label,
                                field.type(),
                                at.toString(),
                                Optional.empty(),
                                Optional.of(at),
                                true,
                                false))
                        .orElseGet(() -> plain(field, label, text, true));
            case BOOLEAN ->
                bool(value)
                        .map(yes -> plain(field, label, yesNo(locale)[yes ? 0 : 1], false))
                        .orElseGet(() -> plain(field, label, text, true));
            case LINK ->
                link(field, text)
                        .map(href -> new DisplayRow(
                                field.key(),
                                label,
                                field.type(),
                                text,
                                Optional.of(href),
                                Optional.empty(),
                                true,
                                false))
                        .orElseGet(() -> plain(field, label, text, true));
            case MASKED ->
                new DisplayRow(
                        field.key(),
                        label,
                        field.type(),
                        MASK
                                + (text.length() > SHOWN_WHEN_MASKED
                                        ? text.substring(text.length() - SHOWN_WHEN_MASKED)
                                        : ""),
                        Optional.empty(),
                        Optional.empty(),
                        false,
                        false);
        };
    }

    private static DisplayRow plain(DisplayField field, String label, String text, boolean unreadable) {
        return new DisplayRow(
                field.key(), label, field.type(), text, Optional.empty(), Optional.empty(), true, unreadable);
    }

    private static String text(JsonValue value) {
        return switch (value) {
            case JsonString string -> string.value();
            case JsonNumber number -> number.text();
            case JsonBoolean bool -> Boolean.toString(bool.value());
            case JsonNull none -> "";
            default -> value.toJson();
        };
    }

    private static Optional<BigDecimal> number(JsonValue value, String text) {
        if (value instanceof JsonNumber number) {
            return Optional.of(number.value());
        }
        try {
            return Optional.of(new BigDecimal(text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<Instant> instant(String text) {
        try {
            return Optional.of(OffsetDateTime.parse(text.strip()).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<Boolean> bool(JsonValue value) {
        if (value instanceof JsonBoolean bool) {
            return Optional.of(bool.value());
        }
        String text = text(value).strip().toLowerCase(Locale.ROOT);
        return switch (text) {
            case "true", "yes", "1" -> Optional.of(true);
            case "false", "no", "0" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    private static String[] yesNo(Locale locale) {
        return YES_NO.getOrDefault(locale.getLanguage(), YES_NO.get("en"));
    }

    /** Only an http(s) address is a link; the value goes in URL-encoded, so it cannot change where it leads. */
    private static Optional<String> link(DisplayField field, String text) {
        if (text.isBlank()) {
            return Optional.empty();
        }
        String encoded = URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
        String href = field.linkTemplate().orElseThrow().replace(DisplayField.VALUE, encoded);
        return href.startsWith("https://") || href.startsWith("http://") ? Optional.of(href) : Optional.empty();
    }
}
