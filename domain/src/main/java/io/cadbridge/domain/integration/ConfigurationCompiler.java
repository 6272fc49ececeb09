package io.cadbridge.domain.integration;

import static io.cadbridge.domain.validation.JsonPointer.child;

import io.cadbridge.domain.validation.ValidationException;
import io.cadbridge.json.JsonNull;
import io.cadbridge.json.JsonObject;
import io.cadbridge.json.JsonString;
import io.cadbridge.json.JsonValue;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks a configuration document and compiles its templates, collecting every problem. For a vendor
 * integration (ADR 0031) the adapter makes the request: {@code request} may only say when
 * ({@code condition}, {@code block}, {@code delay}, {@code delayMax}, {@code timeout}), the whole
 * document may be left out, and without {@code response.save} the adapter's default mapping applies.
 */
final class ConfigurationCompiler {

    private static final Set<String> TOP_LEVEL_FIELDS = Set.of("request", "response", "resilience");
    static final Set<String> VENDOR_REQUEST_FIELDS = Set.of("condition", "block", "delay", "delayMax", "timeout");

    private final String pointer;
    private final Optional<VendorSpec> vendor;
    private final Problems problems = new Problems();

    ConfigurationCompiler(String pointer, Optional<VendorSpec> vendor) {
        this.pointer = pointer;
        this.vendor = vendor;
    }

    IntegrationConfiguration compile(JsonValue source) {
        if (vendor.isPresent() && source instanceof JsonNull) {
            source = JsonObject.EMPTY;
        }
        if (!(source instanceof JsonObject document)) {
            throw new ValidationException(
                    pointer,
                    vendor.isPresent() ? "must be a JSON object" : "must be a JSON object with a \"request\" member");
        }
        problems.checkFields(document, pointer, TOP_LEVEL_FIELDS);
        Optional<JsonValue> requestSource = document.get("request");
        if (requestSource.isEmpty() && vendor.isEmpty()) {
            problems.add(child(pointer, "request"), "is required");
        }
        Optional<RequestDefinition> request = vendor.isPresent()
                ? vendorRequest(requestSource.orElse(JsonObject.EMPTY), child(pointer, "request"))
                : requestSource.flatMap(
                        value -> new RequestCompiler(problems).compile(value, child(pointer, "request")));
        JsonValue responseSource = document.get("response").orElse(JsonNull.INSTANCE);
        if (vendor.isPresent()) {
            responseSource = withDefaultSave(responseSource, vendor.get().defaultSave());
        }
        ResponseDefinition response = responseSource instanceof JsonNull
                ? ResponseDefinition.NOTHING
                : new ResponseCompiler(problems).compile(responseSource, child(pointer, "response"));
        Resilience resilience = document.get("resilience")
                .filter(value -> !(value instanceof JsonNull))
                .map(value -> new ResilienceCompiler(problems).compile(value, child(pointer, "resilience")))
                .orElse(Resilience.DEFAULTS);
        if (!problems.isEmpty() || request.isEmpty()) {
            throw new ValidationException(problems.list());
        }
        return new IntegrationConfiguration(document, request.get(), response, resilience);
    }

    /** Only the members about when; the adapter's calls stand for the rest (method, URL, headers, body). */
    private Optional<RequestDefinition> vendorRequest(JsonValue value, String at) {
        Optional<JsonObject> request = problems.object(value, at, "an object");
        if (request.isEmpty()) {
            return Optional.empty();
        }
        for (String name : request.get().members().keySet()) {
            if (!VENDOR_REQUEST_FIELDS.contains(name)) {
                problems.add(
                        child(at, name),
                        (RequestCompiler.FIELDS.contains(name)
                                        ? "is made by the vendor adapter "
                                                + vendor.get().name() + "; leave it out"
                                        : "unknown field")
                                + "; a vendor integration's request may only have "
                                + new TreeSet<>(VENDOR_REQUEST_FIELDS));
            }
        }
        if (!problems.isEmpty()) {
            return Optional.empty();
        }
        return new RequestCompiler(problems).compile(request.get().with("method", new JsonString("GET")), at);
    }

    /** The adapter's {@code save} mapping stands in for a missing {@code response.save}. */
    private static JsonValue withDefaultSave(JsonValue response, JsonObject defaultSave) {
        if (response instanceof JsonNull) {
            return JsonObject.EMPTY.with("save", defaultSave);
        }
        if (response instanceof JsonObject object && object.get("save").isEmpty()) {
            return object.with("save", defaultSave);
        }
        return response;
    }
}
