package io.cadbridge.domain.integration;

import static io.cadbridge.domain.validation.JsonPointer.child;

import io.cadbridge.domain.condition.Condition;
import io.cadbridge.domain.condition.ConditionSyntaxException;
import io.cadbridge.domain.exchange.ProxySetting;
import io.cadbridge.domain.template.Template;
import io.cadbridge.domain.template.TemplateValue;
import io.cadbridge.json.JsonObject;
import io.cadbridge.json.JsonString;
import io.cadbridge.json.JsonValue;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The {@code request} object: every Contact Pro field, checked and compiled. */
final class RequestCompiler {

    static final Set<String> FIELDS = Set.of(
            "authentication",
            "method",
            "headers",
            "params",
            "body",
            "condition",
            "timeout",
            "proxy",
            "block",
            "verify",
            "delay",
            "delayMax");
    private static final BigDecimal MAX_TIMEOUT_SECONDS = BigDecimal.valueOf(300);
    static final BigDecimal MAX_DELAY_SECONDS = BigDecimal.valueOf(600);

    private final Problems problems;

    RequestCompiler(Problems problems) {
        this.problems = problems;
    }

    Optional<RequestDefinition> compile(JsonValue value, String at) {
        Optional<JsonObject> maybeRequest = problems.object(value, at, "an object");
        if (maybeRequest.isEmpty()) {
            return Optional.empty();
        }
        JsonObject request = maybeRequest.get();
        int before = problems.size();
        problems.checkFields(request, at, FIELDS);
        Optional<HttpMethod> method = method(request.get("method"), child(at, "method"));
        AuthenticationSetting authentication = request.get("authentication")
                .map(auth -> new AuthenticationCompiler(problems).compile(auth, child(at, "authentication")))
                .orElse(AuthenticationSetting.NONE);
        Map<String, Template> headers = templates(request.get("headers"), child(at, "headers"));
        Map<String, Template> params = templates(request.get("params"), child(at, "params"));
        Optional<TemplateValue> body = request.get("body")
                .map(b -> TemplateValue.compile(b, child(at, "body"), PlaceholderRules.REQUEST, problems.list()));
        if (body.isPresent() && method.isPresent() && !method.get().carriesBody()) {
            problems.add(
                    child(at, "body"),
                    "a " + method.get()
                            + " request has no body; Contact Pro sends a body only with POST, PUT and PATCH");
        }
        Optional<Condition> condition = request.get("condition").flatMap(c -> condition(c, child(at, "condition")));
        Duration timeout = request.get("timeout")
                .map(t -> timeout(t, child(at, "timeout")))
                .orElse(RequestDefinition.DEFAULT_TIMEOUT);
        ProxySetting proxy =
                request.get("proxy").map(p -> proxy(p, child(at, "proxy"))).orElse(ProxySetting.AUTO);
        boolean block = problems.flag(request.get("block"), child(at, "block"), false);
        boolean verify = problems.flag(request.get("verify"), child(at, "verify"), true);
        Optional<DelayRange> delay = delay(request, at);
        if (method.isEmpty() || problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new RequestDefinition(
                authentication, method.get(), headers, params, body, condition, timeout, proxy, verify, block, delay));
    }

    private Optional<HttpMethod> method(Optional<JsonValue> value, String at) {
        if (value.isEmpty()) {
            problems.add(at, "is required: one of GET, POST, PUT, PATCH, DELETE");
            return Optional.empty();
        }
        Optional<HttpMethod> method =
                value.get() instanceof JsonString text ? HttpMethod.parse(text.value()) : Optional.empty();
        if (method.isEmpty()) {
            problems.add(
                    at,
                    "must be one of GET, POST, PUT, PATCH, DELETE, not "
                            + value.get().toJson());
        }
        return method;
    }

    private Map<String, Template> templates(Optional<JsonValue> value, String at) {
        Map<String, Template> templates = new LinkedHashMap<>();
        value.flatMap(v -> problems.object(v, at, "an object of names and text values"))
                .ifPresent(object -> object.members()
                        .forEach((name, member) -> problems.text(member, child(at, name))
                                .ifPresent(text -> {
                                    if (TemplateValue.compileText(
                                                    text, child(at, name), PlaceholderRules.REQUEST, problems.list())
                                            instanceof TemplateValue.Text template) {
                                        templates.put(name, template.template());
                                    }
                                })));
        return templates;
    }

    /** A Python expression, compiled once here; its syntax errors carry line and column. */
    private Optional<Condition> condition(JsonValue value, String at) {
        Optional<String> source = problems.text(value, at);
        if (source.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Condition.compile(source.get()));
        } catch (ConditionSyntaxException e) {
            problems.add(at, e.getMessage());
            return Optional.empty();
        }
    }

    private Duration timeout(JsonValue value, String at) {
        Optional<BigDecimal> seconds = problems.number(value);
        if (seconds.isEmpty() || seconds.get().signum() <= 0 || seconds.get().compareTo(MAX_TIMEOUT_SECONDS) > 0) {
            problems.add(
                    at,
                    "must be a number of seconds greater than 0 and at most " + MAX_TIMEOUT_SECONDS + ", such as 14.5");
            return RequestDefinition.DEFAULT_TIMEOUT;
        }
        return Duration.ofMillis(seconds.get().movePointRight(3).longValue());
    }

    private ProxySetting proxy(JsonValue value, String at) {
        Optional<ProxySetting> proxy = problems.text(value, at).flatMap(ProxyAddresses::parse);
        if (proxy.isEmpty() && value instanceof JsonString text) {
            problems.add(
                    at,
                    "must be \"auto\", \"no\" or a proxy address such as \"http://proxy.example:3128\", not \""
                            + text.value() + "\"");
        }
        return proxy.orElse(ProxySetting.AUTO);
    }

    private Optional<DelayRange> delay(JsonObject request, String at) {
        Optional<Duration> minimum = request.get("delay").flatMap(d -> seconds(d, child(at, "delay")));
        Optional<Duration> maximum = request.get("delayMax").flatMap(d -> seconds(d, child(at, "delayMax")));
        if (minimum.isEmpty() && maximum.isEmpty()) {
            return Optional.empty();
        }
        Duration low = minimum.orElse(Duration.ZERO);
        Duration high = maximum.orElse(low);
        if (high.compareTo(low) < 0) {
            problems.add(child(at, "delayMax"), "must be at least \"delay\" (" + low.toMillis() / 1000.0 + " s)");
            return Optional.empty();
        }
        return Optional.of(new DelayRange(low, high));
    }

    private Optional<Duration> seconds(JsonValue value, String at) {
        Optional<BigDecimal> seconds = problems.number(value);
        if (seconds.isEmpty() || seconds.get().signum() < 0 || seconds.get().compareTo(MAX_DELAY_SECONDS) > 0) {
            problems.add(at, "must be a number of seconds from 0 to " + MAX_DELAY_SECONDS);
            return Optional.empty();
        }
        return Optional.of(Duration.ofMillis(seconds.get().movePointRight(3).longValue()));
    }
}
