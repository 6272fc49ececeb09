package io.cadbridge.domain.integration;

import static io.cadbridge.domain.testing.Json.obj;
import static org.assertj.core.api.Assertions.assertThat;

import io.cadbridge.domain.template.TemplateValue;
import io.cadbridge.domain.testing.Seed;
import io.cadbridge.json.JsonObject;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which {@code save} keys are kept when the CRM's answer is not 2xx or no answer came, decided when compiled (ADR 0019). */
class SaveOnFailureTest {

    @Test
    void everyKeyOfTheDebuggingExampleReadsOnlyMetadata() {
        JsonObject save = obj(
                "config_id", "{config_id}",
                "url", "{url}",
                "query_params", "{query_params}",
                "method", "{method}",
                "status", "{response.status}",
                "duration", "{response.duration}");

        assertThat(keysSavedOnFailure(save))
                .containsExactly("config_id", "url", "query_params", "method", "status", "duration");
    }

    @Test
    void aliasesHeadersAndTheDebugObjectAreMetadata() {
        JsonObject save = obj(
                "a", "{status} after {duration} s",
                "b", "{request.url}?{request.query_params}",
                "c", "{response.headers.etag}",
                "d", "{debug}",
                "e", "{response.debug}",
                "f", "*",
                "nested", obj("code", "{response.status}", "when", "{response.duration}"));

        assertThat(keysSavedOnFailure(save)).containsExactly("a", "b", "c", "d", "e", "f", "nested");
    }

    @Test
    void keysReadingTheBodyTheConversationOrNothingAreSavedOnlyOnSuccess() {
        JsonObject save = obj(
                "customer", "{response.body.id}",
                "whole", "{response}",
                "mixed", "{response.status}: {response.body.message}",
                "fallback", "{response.status ?? response.body.code}",
                "caller", "{contact.source}",
                "event", "{event.name}",
                "constant", "gold",
                "status", "{response.status}");

        assertThat(keysSavedOnFailure(save)).containsExactly("status");
    }

    @Test
    void theSeedSavesNothingFromAFailedCall() {
        assertThat(IntegrationConfiguration.compile(Seed.configuration(), "/configuration")
                        .response()
                        .saveOnFailure())
                .isEmpty();
    }

    private static Iterable<String> keysSavedOnFailure(JsonObject save) {
        Optional<TemplateValue.ObjectValue> kept = IntegrationConfiguration.compile(
                        obj("request", obj("method", "GET"), "response", obj("save", save)), "/configuration")
                .response()
                .saveOnFailure();
        return kept.map(value -> value.members().keySet()).orElseThrow();
    }
}
