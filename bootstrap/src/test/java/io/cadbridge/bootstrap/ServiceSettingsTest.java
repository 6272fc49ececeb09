package io.cadbridge.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cadbridge.adapters.http.AllowedTargets;
import io.cadbridge.domain.conversation.LateUpdates;
import io.cadbridge.domain.conversation.RetentionPolicy;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServiceSettingsTest {

    @Test
    void defaultsNeedNoVariables() {
        ServiceSettings settings = ServiceSettings.fromEnvironment(Map.of());

        assertThat(settings.httpPort()).isEqualTo(8080);
        assertThat(settings.dataDirectory()).isEqualTo(Path.of("data").toAbsolutePath());
        assertThat(settings.externalDatabase()).isEmpty();
        assertThat(settings.apiToken()).isEmpty();
        assertThat(settings.proxyEnvironment()).isEmpty();
    }

    @Test
    void everyVariableIsRead() {
        ServiceSettings settings = ServiceSettings.fromEnvironment(Map.of(
                "CADBRIDGE_HTTP_PORT",
                "9090",
                "CADBRIDGE_DATA_DIR",
                "/var/lib/cadbridge",
                "CADBRIDGE_DB_URL",
                "jdbc:postgresql://db:5432/cadbridge",
                "CADBRIDGE_DB_USER",
                "cb",
                "CADBRIDGE_DB_PASSWORD",
                "pw",
                "CADBRIDGE_API_TOKEN",
                "0123456789abcdef-token"));

        assertThat(settings.httpPort()).isEqualTo(9090);
        assertThat(settings.dataDirectory()).isEqualTo(Path.of("/var/lib/cadbridge"));
        assertThat(settings.externalDatabase())
                .contains(new DatabaseSettings("jdbc:postgresql://db:5432/cadbridge", "cb", "pw"));
        assertThat(settings.apiToken()).contains("0123456789abcdef-token");
        assertThat(settings.toString()).doesNotContain("0123456789abcdef-token").doesNotContain("pw]");
    }

    @Test
    void onlyTheProxyVariablesAreKeptAndTheirCredentialsAreNotPrinted() {
        ServiceSettings settings = ServiceSettings.fromEnvironment(Map.of(
                "https_proxy",
                "http://proxy-user:proxy-secret@proxy.example:3128",
                "HTTP_PROXY",
                "alice:wonderland@proxy.example:8080",
                "HTTPS_PROXY",
                "http://bob:se/cr@t@proxy.example:3129",
                "NO_PROXY",
                "crm.internal",
                "HOME",
                "/home/cadbridge"));

        assertThat(settings.proxyEnvironment())
                .containsOnlyKeys("https_proxy", "HTTPS_PROXY", "HTTP_PROXY", "NO_PROXY")
                .containsEntry("https_proxy", "http://proxy-user:proxy-secret@proxy.example:3128");
        assertThat(settings.toString())
                .contains(
                        "https_proxy=http://****@proxy.example:3128",
                        "HTTP_PROXY=****@proxy.example:8080",
                        "NO_PROXY=crm.internal")
                .contains("HTTPS_PROXY=http://****@proxy.example:3129")
                .doesNotContain("proxy-user", "proxy-secret", "alice", "wonderland", "bob", "se/cr");
    }

    @Test
    void aBadValueIsReportedWithTheVariableName() {
        assertThatThrownBy(() -> ServiceSettings.fromEnvironment(Map.of("CADBRIDGE_HTTP_PORT", "eighty")))
                .isInstanceOf(SettingsException.class)
                .hasMessageContaining("CADBRIDGE_HTTP_PORT")
                .hasMessageContaining("eighty");
        assertThatThrownBy(() -> ServiceSettings.fromEnvironment(Map.of("CADBRIDGE_HTTP_PORT", "70000")))
                .hasMessageContaining("CADBRIDGE_HTTP_PORT");
        assertThatThrownBy(() -> ServiceSettings.fromEnvironment(Map.of("CADBRIDGE_DB_URL", "postgres://db/x")))
                .hasMessageContaining("CADBRIDGE_DB_URL");
        assertThatThrownBy(() -> ServiceSettings.fromEnvironment(Map.of("CADBRIDGE_DB_USER", "cb")))
                .hasMessageContaining("CADBRIDGE_DB_USER")
                .hasMessageContaining("CADBRIDGE_DB_URL");
        assertThatThrownBy(() -> ServiceSettings.fromEnvironment(Map.of("CADBRIDGE_API_TOKEN", "short")))
                .hasMessageContaining("CADBRIDGE_API_TOKEN");
    }

    @Test
    void theRulesAfterAConversationClosesAreIsoDurations() {
        ServiceSettings settings = ServiceSettings.fromEnvironment(
                Map.of("CADBRIDGE_UNSAVED_KEYS_GRACE", "PT15M", "CADBRIDGE_LATE_UPDATE_WINDOW", "P1D"));

        assertThat(settings.lateUpdates()).isEqualTo(new LateUpdates(Duration.ofMinutes(15), Duration.ofDays(1)));
        assertThat(ServiceSettings.fromEnvironment(Map.of()).lateUpdates()).isEqualTo(LateUpdates.DEFAULT);
        assertThatThrownBy(() -> ServiceSettings.fromEnvironment(Map.of("CADBRIDGE_UNSAVED_KEYS_GRACE", "1 hour")))
                .isInstanceOf(SettingsException.class)
                .hasMessage("CADBRIDGE_UNSAVED_KEYS_GRACE must be an ISO-8601 duration of zero or more, such as PT1H,"
                        + " PT30M or P1D, not '1 hour'");
        assertThatThrownBy(() -> ServiceSettings.fromEnvironment(Map.of("CADBRIDGE_LATE_UPDATE_WINDOW", "-PT1H")))
                .hasMessageContaining("CADBRIDGE_LATE_UPDATE_WINDOW");
    }

    @Test
    void allowedTargetsAreAddressesRangesAndNamesAndNoneByDefault() {
        assertThat(ServiceSettings.fromEnvironment(Map.of()).allowedTargets()).isEqualTo(AllowedTargets.NONE);
        assertThat(ServiceSettings.fromEnvironment(Map.of("CADBRIDGE_ALLOWED_TARGETS", "10.20.0.0/16, crm.internal"))
                        .allowedTargets())
                .isEqualTo(AllowedTargets.parse("10.20.0.0/16,crm.internal"));
        assertThatThrownBy(() -> ServiceSettings.fromEnvironment(Map.of("CADBRIDGE_ALLOWED_TARGETS", "10.0.0.0/99")))
                .isInstanceOf(SettingsException.class)
                .hasMessageContaining("CADBRIDGE_ALLOWED_TARGETS")
                .hasMessageContaining("10.0.0.0/99");
    }

    @Test
    void logsAreTextUnlessJsonIsAskedForAndAnyOtherFormatIsRefusedWithTheAllowedOnes() {
        assertThat(ServiceSettings.fromEnvironment(Map.of()).logFormat()).isEqualTo(LogFormat.TEXT);
        assertThat(ServiceSettings.fromEnvironment(Map.of("CADBRIDGE_LOG_FORMAT", " "))
                        .logFormat())
                .isEqualTo(LogFormat.TEXT);
        assertThat(ServiceSettings.fromEnvironment(Map.of("CADBRIDGE_LOG_FORMAT", "text"))
                        .logFormat())
                .isEqualTo(LogFormat.TEXT);
        assertThat(ServiceSettings.fromEnvironment(Map.of("CADBRIDGE_LOG_FORMAT", "json"))
                        .logFormat())
                .isEqualTo(LogFormat.JSON);
        assertThat(ServiceSettings.fromEnvironment(Map.of("CADBRIDGE_LOG_FORMAT", "JSON"))
                        .logFormat())
                .isEqualTo(LogFormat.JSON);
        assertThatThrownBy(() -> ServiceSettings.fromEnvironment(Map.of("CADBRIDGE_LOG_FORMAT", "logstash")))
                .isInstanceOf(SettingsException.class)
                .hasMessage("CADBRIDGE_LOG_FORMAT must be text or json, not 'logstash'");
    }

    @Test
    void agentLinksLastTwelveHoursAndPagesAreFramedByCadbridgeUnlessSaidOtherwise() {
        ServiceSettings defaults = ServiceSettings.fromEnvironment(Map.of());
        ServiceSettings set = ServiceSettings.fromEnvironment(Map.of(
                "CADBRIDGE_AGENT_LINK_TTL", "PT8H",
                "CADBRIDGE_FRAME_ANCESTORS", "https://desktop.example.com, https://*.example.net:8443"));

        assertThat(defaults.web().agentLinkLifetime()).isEqualTo(Duration.ofHours(12));
        assertThat(defaults.web().pages().frameAncestors()).containsExactly("'self'");
        assertThat(set.web().agentLinkLifetime()).isEqualTo(Duration.ofHours(8));
        assertThat(set.web().pages().frameAncestors())
                .containsExactly("https://desktop.example.com", "https://*.example.net:8443");
        assertThatThrownBy(() ->
                        ServiceSettings.fromEnvironment(Map.of("CADBRIDGE_FRAME_ANCESTORS", "desktop.example.com")))
                .isInstanceOf(SettingsException.class)
                .hasMessageStartingWith("CADBRIDGE_FRAME_ANCESTORS: \"desktop.example.com\" is not an origin");
    }

    @Test
    void retentionPeriodsArePositiveIsoDurations() {
        ServiceSettings settings = ServiceSettings.fromEnvironment(Map.of(
                "CADBRIDGE_HISTORY_RETENTION",
                "P730D",
                "CADBRIDGE_OPERATIONAL_RETENTION",
                "P7D",
                "CADBRIDGE_RETENTION_INTERVAL",
                "PT5M"));

        assertThat(settings.retention())
                .isEqualTo(new RetentionPolicy(Duration.ofDays(730), Duration.ofDays(7), Duration.ofMinutes(5)));
        assertThat(ServiceSettings.fromEnvironment(Map.of()).retention()).isEqualTo(RetentionPolicy.DEFAULT);
        assertThatThrownBy(() -> ServiceSettings.fromEnvironment(Map.of("CADBRIDGE_OPERATIONAL_RETENTION", "PT0S")))
                .isInstanceOf(SettingsException.class)
                .hasMessageContaining("CADBRIDGE_OPERATIONAL_RETENTION must be longer than zero");
        assertThatThrownBy(() -> ServiceSettings.fromEnvironment(Map.of("CADBRIDGE_RETENTION_INTERVAL", "hourly")))
                .isInstanceOf(SettingsException.class)
                .hasMessageContaining("CADBRIDGE_RETENTION_INTERVAL");
    }
}
