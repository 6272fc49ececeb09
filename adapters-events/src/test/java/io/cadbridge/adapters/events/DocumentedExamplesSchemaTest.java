package io.cadbridge.adapters.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every example configuration of the Contact Pro EDI reference, wrapped as an integration, fits the schema. */
class DocumentedExamplesSchemaTest {

    /** One file per documented example; the list is explicit so that a lost file fails instead of being skipped. */
    static List<String> documentedExamples() {
        return List.of(
                "cond-language.json",
                "cond-random.json",
                "cond-seconds-since-created.json",
                "dbg-debug-cad.json",
                "ex1-fetch-customer.json",
                "ex2a-lifecycle-send-everything.json",
                "ex2b-lifecycle-pick-properties.json",
                "ex3-routing-combined.json",
                "ex3-set-preferred-agent.json",
                "ex3-set-priority.json",
                "ex3-set-required-agents.json",
                "ex5-endpoint1-fetch-customer-record.json",
                "ex5-endpoint2-echo-preferred-agent.json");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documentedExamples")
    void theDocumentedExampleIsAValidIntegration(String file) {
        assertThat(IntegrationSchema.validate(ExampleFiles.read(file))).isEmpty();
    }

    @Test
    void theExamplesFolderHoldsExactlyTheDocumentedExamples() {
        assertThat(ExampleFiles.names()).containsExactlyElementsOf(documentedExamples());
    }
}
