package io.cadbridge.adapters.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.cadbridge.domain.access.Scope;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code /v1/openapi.json} is user documentation held to the running server: it describes exactly the
 * routes the server registers, each with the scope the route needs, and its references all lead
 * somewhere. {@link OpenApiWellFormedTest} checks the document on its own.
 */
class OpenApiDocumentTest {

    private static final String OPEN = "open";

    @RegisterExtension
    final RunningApi api = new RunningApi();

    @Test
    void isServedWithoutATokenAsOpenApi31Json() {
        ApiResponse response = api.anonymous(OpenApiRoutes.PATH);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("application/json");
        assertThat(response.json().get("openapi").asText()).startsWith("3.1");
    }

    @Test
    void describesEveryRegisteredRouteAndNoOther() {
        Set<String> documented = document().operations().keySet();
        Set<String> registered = apiRoutes().keySet();

        List<String> mismatches = new ArrayList<>();
        registered.stream()
                .filter(route -> !documented.contains(route))
                .forEach(route -> mismatches.add("registered but not documented: " + route));
        documented.stream()
                .filter(route -> !registered.contains(route))
                .forEach(route -> mismatches.add("documented but not registered: " + route));
        assertThat(mismatches).isEmpty();
    }

    @Test
    void eachOperationRequiresTheScopeItsRouteNeeds() {
        Map<String, JsonNode> operations = document().operations();
        Map<String, String> declared = new TreeMap<>();
        Map<String, String> documented = new TreeMap<>();
        apiRoutes().forEach((route, access) -> {
            if (operations.containsKey(route)) {
                declared.put(route, scopeOf(access));
                documented.put(
                        route, operations.get(route).path("x-required-scope").asText());
            }
        });

        assertThat(documented).isEqualTo(declared);
    }

    @Test
    void anOperationAsksForTheBearerTokenExactlyWhenItNeedsAScope() {
        Set<String> scopes =
                new HashSet<>(Arrays.stream(Scope.values()).map(Scope::wireName).toList());
        scopes.add(OPEN);

        document().operations().forEach((route, operation) -> {
            String scope = operation.path("x-required-scope").asText();
            assertThat(scope).as(route).isIn(scopes);
            assertThat(operation.get("security"))
                    .as(route)
                    .hasToString(scope.equals(OPEN) ? "[]" : "[{\"bearerAuth\":[]}]");
        });
    }

    @Test
    void everyReferenceResolves() {
        OpenApiDocument document = document();

        List<String> unresolved = document.references().stream()
                .filter(reference -> target(document, reference).isMissingNode())
                .toList();

        assertThat(document.references()).isNotEmpty();
        assertThat(unresolved).isEmpty();
    }

    private OpenApiDocument document() {
        return new OpenApiDocument(api.anonymous(OpenApiRoutes.PATH).json());
    }

    /**
     * What a reference leads to: a place in the document, or in a document another open route serves
     * (the integration schema is referred to where the server serves it, not copied).
     */
    private JsonNode target(OpenApiDocument document, String reference) {
        int hash = reference.indexOf('#');
        String address = hash < 0 ? reference : reference.substring(0, hash);
        String pointer = hash < 0 ? "" : reference.substring(hash + 1);
        if (address.isEmpty()) {
            return document.root().at(pointer);
        }
        if (!(api.declaredAccess().get("GET " + address) instanceof Access.Open)) {
            return MissingNode.getInstance();
        }
        return api.anonymous(address).json().at(pointer);
    }

    /** The routes of the API: not the pages (the agent's view, the console) nor their static assets. */
    private Map<String, Access> apiRoutes() {
        Map<String, Access> routes = new TreeMap<>(api.declaredAccess());
        routes.entrySet()
                .removeIf(route -> route.getValue() instanceof Access.AgentLink
                        || route.getKey().contains(" /console")
                        || route.getKey().startsWith("GET /assets/"));
        return routes;
    }

    private static String scopeOf(Access access) {
        return switch (access) {
            case Access.Needs needs -> needs.scope().wireName();
            case Access.Open open -> OPEN;
            case Access.AgentLink link -> "agent link";
            case Access.Console console -> "console";
        };
    }
}
