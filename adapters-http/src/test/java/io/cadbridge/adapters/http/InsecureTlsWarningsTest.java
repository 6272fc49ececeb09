package io.cadbridge.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.cadbridge.domain.integration.HttpMethod;
import io.cadbridge.domain.integration.IntegrationId;
import org.junit.jupiter.api.Test;

class InsecureTlsWarningsTest {

    private final InsecureTlsWarnings warnings = new InsecureTlsWarnings();
    private final CallTarget target = new CallTarget(HttpMethod.GET, "crm.example", "/contacts");

    @Test
    void eachIntegrationIsWarnedAboutOnce() {
        IntegrationId first = IntegrationId.random();

        assertThat(warnings.warnOnce(first, target)).isTrue();
        assertThat(warnings.warnOnce(first, target)).isFalse();
        assertThat(warnings.warnOnce(IntegrationId.random(), target)).isTrue();
    }
}
