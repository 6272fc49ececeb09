package io.cadbridge.domain.display;

import static org.assertj.core.api.Assertions.assertThat;

import io.cadbridge.domain.conversation.AttachedData;
import io.cadbridge.json.JsonBoolean;
import io.cadbridge.json.JsonNumber;
import io.cadbridge.json.JsonObject;
import io.cadbridge.json.JsonValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DisplayedDataTest {

    private static final AttachedData DATA = new AttachedData(JsonObject.builder()
            .put("segment", JsonValue.of("gold"))
            .put(
                    "customer_data",
                    JsonObject.builder()
                            .put("id", JsonValue.of("C 7/x"))
                            .put("firstname", JsonValue.of("Aino"))
                            .put("ssn", JsonValue.of("010190-123A"))
                            .build())
            .put("balance", new JsonNumber(new BigDecimal("1234.5")))
            .put("vip", JsonBoolean.TRUE)
            .put("since", JsonValue.of("2026-12-05T09:14:03+02:00"))
            .build());

    private static DisplayField field(String key, DisplayType type) {
        return new DisplayField(key, Map.of(), type, Optional.empty());
    }

    @Test
    void withoutAProfileEveryKeyShowsAsTextInTheOrderSavedWithObjectsAsGroups() {
        List<DisplayGroup> groups = DisplayedData.of(DATA, DisplayProfile.EVERYTHING, Locale.ENGLISH);

        assertThat(groups).hasSize(2);
        assertThat(groups.get(0).label()).isEmpty();
        assertThat(groups.get(0).rows())
                .extracting(DisplayRow::key)
                .containsExactly("segment", "balance", "vip", "since");
        assertThat(groups.get(1).label()).contains("customer_data");
        assertThat(groups.get(1).rows())
                .extracting(DisplayRow::label, DisplayRow::text)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("id", "C 7/x"),
                        org.assertj.core.groups.Tuple.tuple("firstname", "Aino"),
                        org.assertj.core.groups.Tuple.tuple("ssn", "010190-123A"));
    }

    @Test
    void aProfileChoosesTheKeysTheirOrderLabelsAndTypes() {
        DisplayProfile profile = new DisplayProfile(List.of(
                new DisplayField(
                        "customer_data.id",
                        Map.of("en", "Customer", "fi", "Asiakas"),
                        DisplayType.LINK,
                        Optional.of("https://crm.example/c/{value}")),
                field("customer_data.ssn", DisplayType.MASKED),
                field("balance", DisplayType.NUMBER),
                field("vip", DisplayType.BOOLEAN),
                field("since", DisplayType.DATETIME)));

        List<DisplayGroup> groups = DisplayedData.of(DATA, profile, Locale.forLanguageTag("fi"));

        List<DisplayRow> top = groups.get(0).rows();
        assertThat(top).extracting(DisplayRow::text).containsExactly("1\u00a0234,5", "Kyllä", "2026-12-05T07:14:03Z");
        assertThat(top.get(2).at()).contains(Instant.parse("2026-12-05T07:14:03Z"));
        List<DisplayRow> customer = groups.get(1).rows();
        assertThat(customer.get(0).label()).isEqualTo("Asiakas");
        assertThat(customer.get(0).href()).contains("https://crm.example/c/C%207%2Fx");
        assertThat(customer.get(1).text()).isEqualTo("••••123A");
        assertThat(customer.get(1).copyable()).isFalse();
        assertThat(groups)
                .flatExtracting(DisplayGroup::rows)
                .extracting(DisplayRow::key)
                .doesNotContain("segment");
    }

    @Test
    void aValueNotOfItsTypeIsShownAsWrittenAndFlaggedNeverDropped() {
        AttachedData odd = new AttachedData(JsonObject.builder()
                .put("balance", JsonValue.of("a lot"))
                .put("since", JsonValue.of("yesterday"))
                .put("short", JsonValue.of("12"))
                .build());
        DisplayProfile profile = new DisplayProfile(List.of(
                field("balance", DisplayType.NUMBER),
                field("since", DisplayType.DATETIME),
                field("short", DisplayType.MASKED)));

        List<DisplayRow> rows =
                DisplayedData.of(odd, profile, Locale.ENGLISH).getFirst().rows();

        assertThat(rows).extracting(DisplayRow::text).containsExactly("a lot", "yesterday", "••••");
        assertThat(rows).extracting(DisplayRow::unreadable).containsExactly(true, true, false);
    }
}
