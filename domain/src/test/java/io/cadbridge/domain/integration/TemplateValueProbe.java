package io.cadbridge.domain.integration;

import static org.assertj.core.api.Assertions.assertThat;

import io.cadbridge.domain.template.TemplateValue;

/** Looks inside a compiled {@code save} for tests. */
final class TemplateValueProbe {

    private TemplateValueProbe() {}

    static void assertSavesDebug(IntegrationConfiguration configuration) {
        TemplateValue debug =
                configuration.response().save().orElseThrow().members().get("debug");
        assertThat(debug)
                .isInstanceOfSatisfying(
                        TemplateValue.Text.class,
                        text -> assertThat(text.template()
                                        .solePlaceholder()
                                        .orElseThrow()
                                        .path()
                                        .text())
                                .isEqualTo("debug"));
    }
}
