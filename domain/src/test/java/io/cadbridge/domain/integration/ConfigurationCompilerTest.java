package io.cadbridge.domain.integration;

import static io.cadbridge.domain.testing.Json.obj;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cadbridge.domain.testing.Seed;
import io.cadbridge.domain.validation.ValidationException;
import io.cadbridge.domain.validation.ValidationProblem;
import io.cadbridge.json.JsonObject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConfigurationCompilerTest {

    @Test
    void theSeedConfigurationCompiles() {
        IntegrationConfiguration configuration =
                IntegrationConfiguration.compile(Seed.configuration(), "/configuration");

        assertThat(configuration.request().method()).isEqualTo(HttpMethod.GET);
        assertThat(configuration.request().authentication()).isEqualTo(AuthenticationSetting.BASIC);
        assertThat(configuration.request().params()).containsKey("phone");
        assertThat(configuration.request().timeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(configuration.response().save()).isPresent();
        assertThat(configuration.source()).isEqualTo(Seed.configuration());
    }

    @Test
    void timeoutMayBeAFractionalNumberOrANumericString() {
        assertThat(compile(obj("request", obj("method", "GET", "timeout", 14.5)))
                        .request()
                        .timeout())
                .isEqualTo(Duration.ofMillis(14_500));
        assertThat(compile(obj("request", obj("method", "GET", "timeout", "3")))
                        .request()
                        .timeout())
                .isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void everyProblemIsReportedWithItsPointer() {
        JsonObject broken = obj(
                "request",
                        obj(
                                "method",
                                "FETCH",
                                "headers",
                                obj("Accept", 5),
                                "params",
                                obj("q", "{contact.sauce}"),
                                "timeout",
                                "soon"),
                "response", obj("save", obj("customer Id", "{response.body.id}", "ok", "{response.body.id")),
                "extra", true);

        assertThat(problemsOf(broken))
                .extracting(ValidationProblem::pointer)
                .containsExactlyInAnyOrder(
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
                .singleElement()
                .satisfies(problem -> {
                    assertThat(problem.pointer()).isEqualTo("/configuration/request/body");
                    assertThat(problem.message()).contains("POST, PUT and PATCH");
                });
    }

    @Test
    void methodAndRequestAreRequired() {
        assertThat(problemsOf(obj("request", obj())))
                .extracting(ValidationProblem::pointer)
                .containsExactly("/configuration/request/method");
        assertThat(problemsOf(obj())).extracting(ValidationProblem::pointer).containsExactly("/configuration/request");
    }

    @Test
    void secretsCannotBeSavedIntoAttachedData() {
        assertThat(problemsOf(obj(
                        "request",
                        obj("method", "GET"),
                        "response",
                        obj("save", obj("key", "{authentications.api-key}")))))
                .singleElement()
                .satisfies(
                        problem -> assertThat(problem.message()).contains("\"authentications\" cannot be used here"));
    }

    @Test
    void aConditionIsCompiledWhenSavedAndItsSyntaxErrorsSayWhere() {
        assertThat(compile(obj("request", obj("method", "GET", "condition", "contact.get_priority() <= 50")))
                        .request()
                        .condition())
                .isPresent();
        assertThat(problemsOf(obj("request", obj("method", "GET", "condition", "contact.get_languag() == 'en'"))))
                .singleElement()
                .satisfies(problem -> {
                    assertThat(problem.pointer()).isEqualTo("/configuration/request/condition");
                    assertThat(problem.message()).contains("line 1, column").contains("get_language");
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
        assertThatThrownBy(
                        () -> IntegrationConfiguration.compile(io.cadbridge.json.JsonValue.of("x"), "/configuration"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("/configuration");
    }

    @Test
    void everyContactProRequestOptionIsRead() {
        RequestDefinition request = compile(obj(
                        "request",
                        obj(
                                "method",
                                "post",
                                "proxy",
                                "http://proxy.example:3128",
                                "verify",
                                false,
                                "block",
                                true,
                                "delay",
                                1.5,
                                "delayMax",
                                "4",
                                "authentication",
                                obj(
                                        "type",
                                        "oauth",
                                        "client_id",
                                        "abc",
                                        "access_token_url",
                                        "https://auth.example/token",
                                        "scope",
                                        io.cadbridge.domain.testing.Json.arr("test", "read")))))
                .request();

        assertThat(request.method()).isEqualTo(HttpMethod.POST);
        assertThat(request.proxy())
                .isEqualTo(new io.cadbridge.domain.exchange.ProxySetting.Address("proxy.example", 3128));
        assertThat(request.verify()).isFalse();
        assertThat(request.block()).isTrue();
        assertThat(request.delay()).contains(new DelayRange(Duration.ofMillis(1500), Duration.ofSeconds(4)));
        assertThat(request.authentication())
                .isEqualTo(
                        new AuthenticationSetting.OAuth("abc", "https://auth.example/token", List.of("test", "read")));
    }

    @Test
    void proxyIsAutoNoOrAnAddress() {
        assertThat(compile(obj("request", obj("method", "GET", "proxy", "no")))
                        .request()
                        .proxy())
                .isEqualTo(io.cadbridge.domain.exchange.ProxySetting.DIRECT);
        assertThat(compile(obj("request", obj("method", "GET"))).request().proxy())
                .isEqualTo(io.cadbridge.domain.exchange.ProxySetting.AUTO);
        assertThat(problemsOf(obj("request", obj("method", "GET", "proxy", "socks5://x"))))
                .extracting(ValidationProblem::pointer)
                .containsExactly("/configuration/request/proxy");
    }

    @Test
    void delayMaxBelowDelayIsRejected() {
        assertThat(problemsOf(obj("request", obj("method", "GET", "delay", 5, "delayMax", 2))))
                .extracting(ValidationProblem::pointer)
                .containsExactly("/configuration/request/delayMax");
    }

    @Test
    void misspeltFieldsGetASuggestion() {
        assertThat(problemsOf(obj("request", obj("metod", "GET"))))
                .extracting(ValidationProblem::message)
                .anySatisfy(message -> assertThat(message).contains("did you mean \"method\""));
        assertThat(problemsOf(obj("request", obj("method", "GET", "params", obj("q", "{contact.sorce}")))))
                .singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("did you mean \"source\""));
        assertThat(problemsOf(
                        obj("request", obj("method", "GET"), "response", obj("save", obj("a", "{respons.body.id}")))))
                .singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("did you mean \"response\""));
    }

    @Test
    void setOperationsAreCompiledAndChecked() {
        SetDefinition set = compile(obj(
                        "request",
                        obj("method", "GET"),
                        "response",
                        obj(
                                "set",
                                obj(
                                        "priority",
                                        "{response.body.priority}",
                                        "queue",
                                        obj("address", "{response.body.queue.address}"),
                                        "preferredAgent",
                                        "{response.body.agent}",
                                        "requiredAgents",
                                        obj("agents", "{response.body.requiredAgents.agents}", "timeout", 60)))))
                .response()
                .set()
                .orElseThrow();

        assertThat(set.priority()).isPresent();
        assertThat(set.queue()).containsInstanceOf(SetDefinition.QueueTarget.ByAddress.class);
        assertThat(set.requiredAgents().orElseThrow().timeout()).isPresent();
        assertThat(problemsOf(obj(
                        "request",
                        obj("method", "GET"),
                        "response",
                        obj("set", obj("queue", obj("id", "a", "address", "b"))))))
                .extracting(ValidationProblem::pointer)
                .containsExactly("/configuration/response/set/queue");
        assertThat(problemsOf(obj(
                        "request",
                        obj("method", "GET"),
                        "response",
                        obj("set", obj("requiredAgents", obj("timeout", 5))))))
                .extracting(ValidationProblem::pointer)
                .containsExactly("/configuration/response/set/requiredAgents/agents");
    }

    @Test
    void theDebugShorthandSavesTheDebugObject() {
        TemplateValueProbe.assertSavesDebug(
                compile(obj("request", obj("method", "GET"), "response", obj("save", obj("debug", "*")))));
    }
}
