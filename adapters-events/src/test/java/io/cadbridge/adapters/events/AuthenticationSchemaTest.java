package io.cadbridge.adapters.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cadbridge.adapters.events.IntegrationSchema.Problem;
import org.junit.jupiter.api.Test;

/** The two forms of {@code configuration.request.authentication}: basic, and OAuth as the reference documents it. */
class AuthenticationSchemaTest {

    private static final String AUTHENTICATION = "/configuration/request/authentication";

    private final ObjectNode integration = ExampleFiles.read(ExampleFiles.EX1);
    private final ObjectNode authentication = integration.withObject(AUTHENTICATION);

    @Test
    void theDocumentedOAuthFormIsValid() {
        authentication
                .put("type", "oauth")
                .put("client_id", "ddffrrvdfdewretertrgv")
                .put("access_token_url", "https://external-oauth-service/oauth2/token")
                .putArray("scope")
                .add("test");
        integration.put("oauthClientSecret", "example-secret");

        assertThat(IntegrationSchema.validate(integration)).isEmpty();
    }

    @Test
    void oauthNeedsAClientIdAndATokenUrl() {
        authentication.put("type", "oauth");

        assertThat(IntegrationSchema.validate(integration))
                .extracting(Problem::pointer, Problem::keyword)
                .containsExactlyInAnyOrder(
                        tuple(AUTHENTICATION + "/client_id", "required"),
                        tuple(AUTHENTICATION + "/access_token_url", "required"));
    }

    @Test
    void basicAuthenticationCarriesNoOAuthFields() {
        authentication.put("client_id", "ddffrrvdfdewretertrgv");

        assertThat(IntegrationSchema.validate(integration))
                .extracting(Problem::pointer, Problem::keyword)
                .containsExactly(tuple(AUTHENTICATION + "/client_id", "additionalProperties"));
    }

    @Test
    void anUnknownTypeIsRefusedAtTheType() {
        authentication.put("type", "digest");

        assertThat(IntegrationSchema.validate(integration))
                .extracting(Problem::pointer, Problem::keyword)
                .containsExactly(tuple(AUTHENTICATION + "/type", "enum"));
    }

    @Test
    void theTypeIsRequired() {
        authentication.remove("type");

        assertThat(IntegrationSchema.validate(integration))
                .extracting(Problem::pointer, Problem::keyword)
                .containsExactly(tuple(AUTHENTICATION + "/type", "required"));
    }
}
