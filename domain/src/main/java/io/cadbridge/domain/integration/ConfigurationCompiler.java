package io.cadbridge.domain.integration;

import static io.cadbridge.domain.validation.JsonPointer.child;

import io.cadbridge.domain.json.JsonBoolean;
import io.cadbridge.domain.json.JsonNumber;
import io.cadbridge.domain.json.JsonObject;
import io.cadbridge.domain.json.JsonString;
import io.cadbridge.domain.json.JsonValue;
import io.cadbridge.domain.template.Template;
import io.cadbridge.domain.template.TemplateValue;
import io.cadbridge.domain.validation.ValidationException;
import io.cadbridge.domain.validation.ValidationProblem;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Checks a configuration document and compiles its templates, collecting every problem. */
final class ConfigurationCompiler {

    private static final Set<String> TOP_LEVEL_FIELDS = Set.of("request", "response");
    private static final Set<String> REQUEST_FIELDS = Set.of(
            "authentication", "method", "headers", "params", "body", "timeout", "block", "verify");
    /** Contact Pro fields this version does not run yet: refused rather than silently ignored. */
    private static final Set<String> REQUEST_FIELDS_NOT_YET_SUPPORTED = Set.of("condition", "proxy", "delay", "delayMax");
    private static final Set<String> RESPONSE_FIELDS = Set.of("save");
    private static final BigDecimal MAX_TIMEOUT_SECONDS = BigDecimal.valueOf(300);

    private final String pointer;
    private final List<ValidationProblem> problems = new ArrayList<>();

    ConfigurationCompiler(String pointer) {
        this.pointer = pointer;
    }

    IntegrationConfiguration compile(JsonValue source) {
        if (!(source instanceof JsonObject document)) {
            throw new ValidationException(pointer, "must be a JSON object with a \"request\" member");
        }
        checkFields(document, pointer, TOP_LEVEL_FIELDS, Set.of());
        Optional<JsonValue> requestSource = document.get("request");
        if (requestSource.isEmpty()) {
            problem(child(pointer, "request"), "is required");
        }
        RequestDefinition request = requestSource.map(value -> request(value, child(pointer, "request"))).orElse(null);
        ResponseDefinition response = document.get("response")
                .map(value -> response(value, child(pointer, "response")))
                .orElse(ResponseDefinition.NOTHING);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return new IntegrationConfiguration(document, request, response);
    }

    private RequestDefinition request(JsonValue value, String at) {
        if (!(value instanceof JsonObject request)) {
            problem(at, "must be an object");
            return null;
        }
        checkFields(request, at, REQUEST_FIELDS, REQUEST_FIELDS_NOT_YET_SUPPORTED);
        HttpMethod method = method(request.get("method"), child(at, "method"));
        AuthenticationType authentication = request.get("authentication")
                .map(auth -> authentication(auth, child(at, "authentication")))
                .orElse(AuthenticationType.NONE);
        Map<String, Template> headers = templates(request.get("headers"), child(at, "headers"));
        Map<String, Template> params = templates(request.get("params"), child(at, "params"));
        Optional<TemplateValue> body = request.get("body").map(b -> TemplateValue.compile(b, child(at, "body"), PlaceholderRules.REQUEST, problems));
        if (body.isPresent() && method != null && !method.carriesBody()) {
            problem(child(at, "body"), "a " + method + " request has no body; Contact Pro sends a body only with POST, PUT and PATCH");
        }
        Duration timeout = request.get("timeout").map(t -> timeout(t, child(at, "timeout"))).orElse(RequestDefinition.DEFAULT_TIMEOUT);
        request.get("block").ifPresent(flag -> requireBoolean(flag, child(at, "block")));
        request.get("verify").ifPresent(flag -> requireBoolean(flag, child(at, "verify")));
        if (request.get("verify").filter(flag -> flag.equals(JsonBoolean.FALSE)).isPresent()) {
            problem(child(at, "verify"), "turning certificate verification off is not supported by this version");
        }
        if (method == null || !problems.isEmpty()) {
            return null;
        }
        return new RequestDefinition(authentication, method, headers, params, body, timeout);
    }

    private HttpMethod method(Optional<JsonValue> value, String at) {
        if (value.isEmpty()) {
            problem(at, "is required: one of GET, POST, PUT, PATCH, DELETE");
            return null;
        }
        Optional<HttpMethod> method = value.get() instanceof JsonString text ? HttpMethod.parse(text.value()) : Optional.empty();
        if (method.isEmpty()) {
            problem(at, "must be one of GET, POST, PUT, PATCH, DELETE, not " + value.get().toJson());
        }
        return method.orElse(null);
    }

    private AuthenticationType authentication(JsonValue value, String at) {
        if (!(value instanceof JsonObject auth)) {
            problem(at, "must be an object such as {\"type\": \"basic\"}");
            return AuthenticationType.NONE;
        }
        checkFields(auth, at, Set.of("type"), Set.of());
        Optional<JsonValue> type = auth.get("type");
        if (type.isPresent() && type.get() instanceof JsonString text && text.value().equalsIgnoreCase("basic")) {
            return AuthenticationType.BASIC;
        }
        if (type.isPresent() && type.get() instanceof JsonString text && text.value().equalsIgnoreCase("oauth")) {
            problem(child(at, "type"), "\"oauth\" is not supported by this version; use \"basic\"");
        } else {
            problem(child(at, "type"), "must be \"basic\"");
        }
        return AuthenticationType.NONE;
    }

    private Map<String, Template> templates(Optional<JsonValue> value, String at) {
        Map<String, Template> templates = new LinkedHashMap<>();
        if (value.isEmpty()) {
            return templates;
        }
        if (!(value.get() instanceof JsonObject object)) {
            problem(at, "must be an object of names and text values");
            return templates;
        }
        object.members().forEach((name, member) -> {
            if (member instanceof JsonString text) {
                TemplateValue compiled = TemplateValue.compileText(text.value(), child(at, name), PlaceholderRules.REQUEST, problems);
                if (compiled instanceof TemplateValue.Text template) {
                    templates.put(name, template.template());
                }
            } else {
                problem(child(at, name), "must be a text value");
            }
        });
        return templates;
    }

    private Duration timeout(JsonValue value, String at) {
        BigDecimal seconds = null;
        if (value instanceof JsonNumber number) {
            seconds = number.value();
        } else if (value instanceof JsonString text) {
            try {
                seconds = new BigDecimal(text.value().trim());
            } catch (NumberFormatException e) {
                seconds = null;
            }
        }
        if (seconds == null || seconds.signum() <= 0 || seconds.compareTo(MAX_TIMEOUT_SECONDS) > 0) {
            problem(at, "must be a number of seconds greater than 0 and at most " + MAX_TIMEOUT_SECONDS + ", such as 14.5");
            return RequestDefinition.DEFAULT_TIMEOUT;
        }
        return Duration.ofMillis(seconds.movePointRight(3).longValue());
    }

    private ResponseDefinition response(JsonValue value, String at) {
        if (!(value instanceof JsonObject response)) {
            problem(at, "must be an object");
            return ResponseDefinition.NOTHING;
        }
        checkFields(response, at, RESPONSE_FIELDS, Set.of("set"));
        Optional<TemplateValue.ObjectValue> save = response.get("save").flatMap(s -> save(s, child(at, "save")));
        return new ResponseDefinition(save);
    }

    private Optional<TemplateValue.ObjectValue> save(JsonValue value, String at) {
        if (!(value instanceof JsonObject save)) {
            problem(at, "must be an object of attached-data keys and values");
            return Optional.empty();
        }
        AttachedDataKeys.check(save, at, problems);
        return Optional.of((TemplateValue.ObjectValue) TemplateValue.compile(save, at, PlaceholderRules.RESPONSE, problems));
    }

    private void requireBoolean(JsonValue value, String at) {
        if (!(value instanceof JsonBoolean)) {
            problem(at, "must be true or false");
        }
    }

    private void checkFields(JsonObject object, String at, Set<String> known, Set<String> notYetSupported) {
        for (String name : object.members().keySet()) {
            if (notYetSupported.contains(name)) {
                problem(child(at, name), "\"" + name + "\" is not supported by this version of cadbridge yet");
            } else if (!known.contains(name)) {
                problem(child(at, name), "unknown field; known fields here are " + new TreeSet<>(known));
            }
        }
    }

    private void problem(String at, String message) {
        problems.add(new ValidationProblem(at, message));
    }
}
