package io.cadbridge.domain.template;

import static io.cadbridge.domain.testing.Json.arr;
import static io.cadbridge.domain.testing.Json.obj;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cadbridge.json.JsonNull;
import io.cadbridge.json.JsonNumber;
import io.cadbridge.json.JsonString;
import org.junit.jupiter.api.Test;

class TemplateTest {

    private final PlaceholderScope scope = new PlaceholderScope(obj(
            "contact", obj("source", "+358 40", "queue", obj("id", "Q1", "address", "sales@acme.com")),
            "event", obj("id", "e-1", "name", "Received", "datetime", "2023-12-29T08:44:45Z"),
            "response",
                    obj(
                            "body",
                            obj(
                                    "tickets",
                                    arr(obj("id", "T-1"), obj("id", "T-2"), obj("id", "T-3")),
                                    "count",
                                    3,
                                    "nothing",
                                    null))));

    @Test
    void negativeIndexCountsFromTheEnd() {
        assertThat(Template.parse("{response.body.tickets[-1].id}").render(scope))
                .isEqualTo(new JsonString("T-3"));
        assertThat(Template.parse("{response.body.tickets[0].id}").render(scope))
                .isEqualTo(new JsonString("T-1"));
        assertThat(Template.parse("{response.body.tickets[-3].id}").render(scope))
                .isEqualTo(new JsonString("T-1"));
    }

    @Test
    void aSolePlaceholderKeepsTheTypeOfItsValue() {
        assertThat(Template.parse("{response.body.count}").render(scope)).isEqualTo(JsonNumber.of(3));
        assertThat(Template.parse("{contact.queue}").render(scope))
                .isEqualTo(obj("id", "Q1", "address", "sales@acme.com"));
        assertThat(Template.parse("{response.body.nothing}").render(scope)).isEqualTo(JsonNull.INSTANCE);
    }

    @Test
    void placeholdersInsideTextRenderAsText() {
        assertThat(Template.parse("source='{contact.source}' n={response.body.count}")
                        .renderText(scope))
                .isEqualTo("source='+358 40' n=3");
        assertThat(Template.parse("q={contact.queue}").renderText(scope))
                .isEqualTo("q={\"id\":\"Q1\",\"address\":\"sales@acme.com\"}");
    }

    @Test
    void eventInsideTextIsTheEventName() {
        assertThat(Template.parse("events/{event}").renderText(scope)).isEqualTo("events/Received");
        assertThat(Template.parse("{event}").render(scope)).isInstanceOf(io.cadbridge.json.JsonObject.class);
    }

    @Test
    void missingPathsAreNullAsAValueAndEmptyInText() {
        assertThat(Template.parse("{response.body.missing.deeper}").render(scope))
                .isEqualTo(JsonNull.INSTANCE);
        assertThat(Template.parse("{response.body.tickets[7].id}").render(scope))
                .isEqualTo(JsonNull.INSTANCE);
        assertThat(Template.parse("x{response.body.missing}y").renderText(scope))
                .isEqualTo("xy");
    }

    @Test
    void doubledBracesAreLiteralBraces() {
        assertThat(Template.parse("{{\"a\": {response.body.count}}}").renderText(scope))
                .isEqualTo("{\"a\": 3}");
    }

    @Test
    void syntaxErrorsSayWhatAndWhere() {
        assertThatThrownBy(() -> Template.parse("abc {contact.source"))
                .isInstanceOf(TemplateSyntaxException.class)
                .hasMessageContaining("not closed")
                .hasMessageContaining("character 5");
        assertThatThrownBy(() -> Template.parse("{response.body.tickets[x]}")).hasMessageContaining("[n] or [-n]");
        assertThatThrownBy(() -> Template.parse("{contact..source}")).hasMessageContaining("expected a name");
        assertThatThrownBy(() -> Template.parse("a } b")).hasMessageContaining("closes nothing");
    }

    @Test
    void fallbacksApplyWhenTheValueIsMissingOrNull() {
        assertThat(Template.parse("{response.body.missing ?? 'unknown'}").render(scope))
                .isEqualTo(new JsonString("unknown"));
        assertThat(Template.parse("{response.body.nothing ?? 0}").render(scope)).isEqualTo(JsonNumber.of(0));
        assertThat(Template.parse("{response.body.missing ?? contact.source ?? 'x'}")
                        .render(scope))
                .isEqualTo(new JsonString("+358 40"));
        assertThat(Template.parse("{response.body.count ?? 7}").render(scope)).isEqualTo(JsonNumber.of(3));
        assertThat(Template.parse("n={response.body.missing ?? 'a}b'}").renderText(scope))
                .isEqualTo("n=a}b");
        assertThat(Template.parse("{response.body.missing ?? null}").render(scope))
                .isEqualTo(JsonNull.INSTANCE);
    }

    @Test
    void aLiteralCanOnlyBeTheLastFallback() {
        assertThatThrownBy(() -> Template.parse("{'x' ?? response.body.count}")).hasMessageContaining("last fallback");
        assertThatThrownBy(() -> Template.parse("{response.body.count ?? 'open}"))
                .isInstanceOf(TemplateSyntaxException.class);
    }

    @Test
    void responseHeaderNamesMatchInAnyCase() {
        PlaceholderScope withHeaders = scope.with("response", obj("headers", obj("x-total-count", "42")));

        assertThat(Template.parse("{response.headers.X-Total-Count}").render(withHeaders))
                .isEqualTo(new JsonString("42"));
        assertThat(Template.parse("{response.headers.x-total-count}").render(withHeaders))
                .isEqualTo(new JsonString("42"));
    }
}
