package io.cadbridge.domain.integration;

import static java.util.Objects.requireNonNull;

import io.cadbridge.domain.condition.Condition;
import io.cadbridge.domain.exchange.ProxySetting;
import io.cadbridge.domain.template.Template;
import io.cadbridge.domain.template.TemplateValue;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The compiled {@code request} part of a configuration. */
public record RequestDefinition(
        AuthenticationSetting authentication,
        HttpMethod method,
        Map<String, Template> headers,
        Map<String, Template> params,
        Optional<TemplateValue> body,
        Optional<Condition> condition,
        Duration timeout,
        ProxySetting proxy,
        boolean verify,
        boolean block,
        Optional<DelayRange> delay) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    public RequestDefinition {
        requireNonNull(authentication, "authentication is null");
        requireNonNull(method, "method is null");
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(requireNonNull(headers, "headers is null")));
        params = Collections.unmodifiableMap(new LinkedHashMap<>(requireNonNull(params, "params is null")));
        requireNonNull(body, "body is null");
        requireNonNull(condition, "condition is null");
        requireNonNull(timeout, "timeout is null");
        requireNonNull(proxy, "proxy is null");
        requireNonNull(delay, "delay is null");
        if (body.isPresent() && !method.carriesBody()) {
            throw new IllegalArgumentException("a " + method + " request has no body");
        }
    }
}
