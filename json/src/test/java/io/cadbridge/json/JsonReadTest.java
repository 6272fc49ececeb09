package io.cadbridge.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonReadTest {

    private static final JsonObject RECORD = JsonObject.builder()
            .put("Id", "003xx0000012345")
            .put("count", JsonNumber.of(42))
            .put("open", JsonBoolean.TRUE)
            .put("closed_date", JsonNull.INSTANCE)
            .put("Account", JsonObject.builder().put("Name", "Acme").build())
            .put("statuscode@OData.Community.Display.V1.FormattedValue", "In Progress")
            .put("tags", new JsonArray(List.of(new JsonString("vip"), JsonNumber.of(7), new JsonString("emea"))))
            .build();

    @Test
    void followsAPathOfNamesThroughNestedObjects() {
        assertThat(JsonRead.text(RECORD, "Account", "Name")).contains("Acme");
        assertThat(JsonRead.object(RECORD, "Account"))
                .isEqualTo(JsonObject.builder().put("Name", "Acme").build());
    }

    @Test
    void anEmptyPathReadsTheValueItself() {
        assertThat(JsonRead.at(RECORD)).contains(RECORD);
        assertThat(JsonRead.text(new JsonString("x"))).contains("x");
    }

    @Test
    void namesAreTakenWholeEvenWithDots() {
        assertThat(JsonRead.text(RECORD, "statuscode@OData.Community.Display.V1.FormattedValue"))
                .contains("In Progress");
        assertThat(JsonRead.text(RECORD, "Account.Name")).isEmpty();
    }

    @Test
    void aMissingStepOrAStepThatIsNoObjectIsAbsent() {
        assertThat(JsonRead.at(RECORD, "nothing")).isEmpty();
        assertThat(JsonRead.at(RECORD, "Account", "Phone")).isEmpty();
        assertThat(JsonRead.at(RECORD, "Id", "deeper")).isEmpty();
        assertThat(JsonRead.at(new JsonString("text"), "Id")).isEmpty();
    }

    @Test
    void jsonNullIsFoundButHasNoText() {
        assertThat(JsonRead.at(RECORD, "closed_date")).contains(JsonNull.INSTANCE);
        assertThat(JsonRead.text(RECORD, "closed_date")).isEmpty();
        assertThat(JsonRead.textOrNull(RECORD, "closed_date")).isEqualTo(JsonNull.INSTANCE);
    }

    @Test
    void textIsAStringANumberOrABoolean() {
        assertThat(JsonRead.text(RECORD, "Id")).contains("003xx0000012345");
        assertThat(JsonRead.text(RECORD, "count")).contains("42");
        assertThat(JsonRead.text(RECORD, "open")).contains("true");
        assertThat(JsonRead.text(RECORD, "Account")).isEmpty();
        assertThat(JsonRead.text(RECORD, "tags")).isEmpty();
    }

    @Test
    void textOrNullIsAJsonStringOrJsonNull() {
        assertThat(JsonRead.textOrNull(RECORD, "count")).isEqualTo(new JsonString("42"));
        assertThat(JsonRead.textOrNull(RECORD, "nothing")).isEqualTo(JsonNull.INSTANCE);
    }

    @Test
    void integerIsAWholeNumberThatFitsAnInt() {
        assertThat(JsonRead.integer(RECORD, "count")).contains(42);
        assertThat(JsonRead.integer(new JsonNumber(new BigDecimal("3.0")))).contains(3);
        assertThat(JsonRead.integer(new JsonNumber(new BigDecimal("3.5")))).isEmpty();
        assertThat(JsonRead.integer(JsonNumber.of(3_000_000_000L))).isEmpty();
        assertThat(JsonRead.integer(new JsonString("42"))).isEmpty();
        assertThat(JsonRead.integer(RECORD, "nothing")).isEmpty();
    }

    @Test
    void arrayIsItsElementsOrEmpty() {
        assertThat(JsonRead.array(RECORD, "tags")).hasSize(3);
        assertThat(JsonRead.array(RECORD, "Account")).isEmpty();
        assertThat(JsonRead.array(RECORD, "nothing")).isEmpty();
    }

    @Test
    void textsAreTheStringsOfAnArray() {
        assertThat(JsonRead.texts(RECORD, "tags")).containsExactly("vip", "emea");
        assertThat(JsonRead.texts(RECORD, "Id")).isEmpty();
    }

    @Test
    void objectIsEmptyWhenAbsentOrOfAnotherType() {
        assertThat(JsonRead.object(RECORD, "nothing")).isSameAs(JsonObject.EMPTY);
        assertThat(JsonRead.object(RECORD, "tags")).isSameAs(JsonObject.EMPTY);
        assertThat(JsonRead.object(RECORD, "closed_date")).isSameAs(JsonObject.EMPTY);
    }

    @Test
    void anArrayOfStringsIsBuiltInOrder() {
        assertThat(JsonArray.ofStrings(List.of("firstname", "email")).elements())
                .containsExactly(new JsonString("firstname"), new JsonString("email"));
    }
}
