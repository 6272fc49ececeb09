package io.cadbridge.domain.integration;

import static io.cadbridge.domain.testing.Json.obj;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cadbridge.domain.json.JsonObject;
import io.cadbridge.domain.testing.Seed;
import io.cadbridge.domain.validation.ValidationException;
import io.cadbridge.domain.validation.ValidationProblem;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConfigurationCompilerTest {

    @Test
    void theSeedConfigurationCompiles() {
        IntegrationConfiguration configuration = IntegrationConfiguration.compile(Seed.configuration(), "/configuration");

        assertThat(configuration.request().method()).isEqualTo(HttpMethod.GET);
        assertThat(configuration.request().authentication()).isEqualTo(AuthenticationSetting.BASIC);
        assertThat(configuration.request().params()).containsKey("phone");
        assertThat(configuration.request().timeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(configuration.response().save()).isPresent();
        assertThat(configuration.source()).isEqualTo(Seed.configuration());
    }

    @Test
    void timeoutMayBeAFractionalNumberOrANumericString() {
        assertThat(compile(obj("request", obj("method", "GET", "timeout", 14.5))).request().timeout()).isEqualTo(Duration.ofMillis(14_500));
        assertThat(compile(obj("request", obj("method", "GET", "timeout", "3"))).request().timeout()).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void everyProblemIsReportedWithItsPointer() {
        JsonObject broken = obj(
                "request", obj("method", "FETCH", "headers", obj("Accept", 5), "params", obj("q", "{contact.sauce}"), "timeout", "soon"),
                "response", obj("save", obj("customer Id", "{response.body.id}", "ok", "{response.body.id")),
                "extra", true);

        assertThat(problemsOf(broken)).extracting(ValidationProblem::pointer).containsExactlyInAnyOrder(
                "/configuration/extra",
                "/configuration/request/method",
                "/configuration/request/headers/Accept",
                "/configuration/request/params/q",
                "/configuration/request/timeout",
                "/configuration/response/save/customer Id",
                "/configuration/response/save/ok");
    }

    @Test
    void aBodyOnGetIsRejected() {
        assertThat(problemsOf(obj("request", obj("method", "GET", "body", obj("a", "b")))))
                .singleElement().satisfies(problem -> {
                    assertThat(problem.pointer()).isEqualTo("/configuration/request/body");
                    assertThat(problem.message()).contains("POST, PUT and PATCH");
                });
    }

    @Test
    void methodAndRequestAreRequired() {
        assertThat(problemsOf(obj("request", obj()))).extracting(ValidationProblem::pointer).containsExactly("/configuration/request/method");
        assertThat(problemsOf(obj())).extracting(ValidationProblem::pointer).containsExactly("/configuration/request");
    }

    @Test
    void secretsCannotBeSavedIntoAttachedData() {
        assertThat(problemsOf(obj("request", obj("method", "GET"), "response", obj("save", obj("key", "{authentications.api-key}")))))
                .singleElement().satisfies(problem -> assertThat(problem.message()).contains("\"authentications\" cannot be used here"));
    }

    @Test
    void featuresNotRunYetAreRefusedRatherThanIgnored() {
        assertThat(problemsOf(obj("request", obj("method", "GET", "condition", "True"))))
                .singleElement().satisfies(problem -> {
                    assertThat(problem.pointer()).isEqualTo("/configuration/request/condition");
                    assertThat(problem.message()).contains("not supported");
                });
    }

    private static IntegrationConfiguration compile(JsonObject source) {
        return IntegrationConfiguration.compile(source, "/configuration");
    }

    private static List<ValidationProblem> problemsOf(JsonObject source) {
        try {
            compile(source);
        } catch (ValidationException e) {
            return e.problems();
        }
        throw new AssertionError("expected the configuration to be rejected");
    }

    @Test
    void aNonObjectConfigurationIsRejected() {
        assertThatThrownBy(() -> IntegrationConfiguration.compile(io.cadbridge.domain.json.JsonValue.of("x"), "/configuration"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("/configuration");
    }
}
