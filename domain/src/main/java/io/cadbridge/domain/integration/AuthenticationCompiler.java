package io.cadbridge.domain.integration;

import static io.cadbridge.domain.validation.JsonPointer.child;

import io.cadbridge.json.JsonArray;
import io.cadbridge.json.JsonObject;
import io.cadbridge.json.JsonString;
import io.cadbridge.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** {@code {"type": "basic"}} or {@code {"type": "oauth", "client_id", "access_token_url", "scope"}}. */
final class AuthenticationCompiler {

    private static final Set<String> BASIC_FIELDS = Set.of("type");
    private static final Set<String> OAUTH_FIELDS = Set.of("type", "client_id", "access_token_url", "scope");

    private final Problems problems;

    AuthenticationCompiler(Problems problems) {
        this.problems = problems;
    }

    AuthenticationSetting compile(JsonValue value, String at) {
        Optional<JsonObject> auth = problems.object(value, at, "an object such as {\"type\": \"basic\"}");
        if (auth.isEmpty()) {
            return AuthenticationSetting.NONE;
        }
        String type = auth.get()
                .get("type")
                .filter(JsonString.class::isInstance)
                .map(t -> ((JsonString) t).value().toLowerCase(Locale.ROOT))
                .orElse("");
        return switch (type) {
            case "basic" -> {
                problems.checkFields(auth.get(), at, BASIC_FIELDS);
                yield AuthenticationSetting.BASIC;
            }
            case "oauth" -> oauth(auth.get(), at);
            default -> {
                problems.add(child(at, "type"), "must be \"basic\" or \"oauth\"");
                yield AuthenticationSetting.NONE;
            }
        };
    }

    private AuthenticationSetting oauth(JsonObject auth, String at) {
        problems.checkFields(auth, at, OAUTH_FIELDS);
        Optional<String> clientId = required(auth, "client_id", at);
        Optional<String> tokenUrl = required(auth, "access_token_url", at);
        tokenUrl.filter(url -> !url.toLowerCase(Locale.ROOT).startsWith("https://")
                        && !url.toLowerCase(Locale.ROOT).startsWith("http://"))
                .ifPresent(url -> problems.add(child(at, "access_token_url"), "must be an https:// (or http://) URL"));
        List<String> scopes = scopes(auth.get("scope"), child(at, "scope"));
        if (clientId.isEmpty() || tokenUrl.isEmpty()) {
            return AuthenticationSetting.NONE;
        }
        return new AuthenticationSetting.OAuth(clientId.get(), tokenUrl.get(), scopes);
    }

    private Optional<String> required(JsonObject auth, String field, String at) {
        Optional<JsonValue> value = auth.get(field);
        if (value.isEmpty()) {
            problems.add(child(at, field), "is required for OAuth");
            return Optional.empty();
        }
        return problems.text(value.get(), child(at, field)).filter(text -> !text.isBlank());
    }

    /** Contact Pro documents {@code scope} as an array of strings; a single string is taken as one scope. */
    private List<String> scopes(Optional<JsonValue> value, String at) {
        List<String> scopes = new ArrayList<>();
        if (value.isEmpty()) {
            return scopes;
        }
        if (value.get() instanceof JsonString single) {
            scopes.add(single.value());
        } else if (value.get() instanceof JsonArray array) {
            for (int i = 0; i < array.elements().size(); i++) {
                problems.text(array.elements().get(i), child(at, i)).ifPresent(scopes::add);
            }
        } else {
            problems.add(at, "must be an array of scope names such as [\"test\"]");
        }
        return scopes;
    }
}
