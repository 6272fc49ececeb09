package io.cadbridge.adapters.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code GET /v1/audit}: who changed what and when, before and after, with no secret or personal data. */
class AuditApiTest {

    @RegisterExtension
    final RunningApi api = new RunningApi();

    private JsonNode entries() {
        ApiResponse audit = api.get("/v1/audit");
        assertThat(audit.status()).isEqualTo(200);
        return audit.json().get("entries");
    }

    @Test
    void anIntegrationsLifeIsRecordedWithWhoActedAndBothSides() {
        String ops = api.token("ops", "integrations:write");
        String opsId = api.tokenId("ops");
        String id = api.post("/v1/integrations", Examples.SEED_INTEGRATION)
                .json()
                .get("id")
                .asText();
        ObjectNode renamed = TestJson.object(Examples.SEED_INTEGRATION).put("name", "Fetch customer data v2");
        api.as(ops, "PUT", "/v1/integrations/" + id, renamed.toString());
        api.as(ops, "DELETE", "/v1/integrations/" + id, null);

        JsonNode entries = entries();

        JsonNode deleted = entries.get(0);
        JsonNode replaced = entries.get(1);
        JsonNode created = entries.get(2);
        assertThat(created.get("action").asText()).isEqualTo("integration.created");
        assertThat(created.at("/actor/tokenName").asText()).isEqualTo("bootstrap");
        assertThat(created.at("/actor/tokenId").isNull()).isTrue();
        assertThat(created.at("/target/type").asText()).isEqualTo("integration");
        assertThat(created.at("/target/id").asText()).isEqualTo(id);
        assertThat(created.get("before").isNull()).isTrue();
        assertThat(created.at("/after/name").asText()).isEqualTo("Fetch customer data");
        assertThat(created.get("at").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(replaced.get("action").asText()).isEqualTo("integration.replaced");
        assertThat(replaced.at("/actor/tokenName").asText()).isEqualTo("ops");
        assertThat(replaced.at("/actor/tokenId").asText()).isEqualTo(opsId);
        assertThat(replaced.at("/before/name").asText()).isEqualTo("Fetch customer data");
        assertThat(replaced.at("/after/name").asText()).isEqualTo("Fetch customer data v2");
        assertThat(deleted.get("action").asText()).isEqualTo("integration.deleted");
        assertThat(deleted.at("/before/name").asText()).isEqualTo("Fetch customer data v2");
        assertThat(deleted.get("after").isNull()).isTrue();
    }

    @Test
    void noSecretAndNoPersonalDataReachesTheLog() {
        api.post("/v1/integrations", Examples.SEED_INTEGRATION);
        ApiResponse token = api.post("/v1/tokens", "{\"name\": \"contact-pro\", \"scopes\": [\"events:write\"]}");
        String tokenId = token.json().get("id").asText();
        api.post(
                "/v1/tokens/" + tokenId + "/signing-secrets",
                "{\"secret\": \"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw\"}");
        api.post("/v1/erasures", "{\"contactSource\": \"+358401234567\"}");

        ApiResponse audit = api.get("/v1/audit");

        assertThat(audit.body())
                .doesNotContain(Examples.PASSWORD)
                .doesNotContain("key-value-never-echoed")
                .doesNotContain(token.json().get("token").asText())
                .doesNotContain("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
                .doesNotContain("358401234567");
        JsonNode entries = audit.json().get("entries");
        assertThat(entries.get(0).get("action").asText()).isEqualTo("erasure.requested");
        assertThat(entries.get(0).get("after").toString())
                .isEqualTo("{\"by\":\"contactSource\",\"erasedConversations\":0}");
        assertThat(entries.get(1).get("action").asText()).isEqualTo("token.signing-secret.added");
        assertThat(entries.get(1).at("/before/signing").isNull()).isTrue();
        assertThat(entries.get(1).at("/after/signing/secrets").asInt()).isEqualTo(1);
        assertThat(entries.get(2).get("action").asText()).isEqualTo("token.created");
        assertThat(entries.get(3).at("/after/credentials/passwordSet").asBoolean())
                .isTrue();
    }

    @Test
    void settingsDirectoryAndTokenChangesAreRecordedToo() {
        ApiResponse settings = api.put(
                "/v1/channels/phone/extra-data-settings",
                "{\"includedWhenAllocating\": [\"customer_data\"], \"includedInStatistics\": [\"customer_data\"]}");
        assertThat(settings.status()).isEqualTo(200);
        api.put("/v1/directory/agents", "{\"agents\": [{\"id\": \"A-1\", \"name\": \"Aino\"}]}");
        String tokenId = api.post("/v1/tokens", "{\"name\": \"reports\", \"scopes\": [\"reports:read\"]}")
                .json()
                .get("id")
                .asText();
        api.delete("/v1/tokens/" + tokenId);

        assertThat(entries())
                .extracting(entry -> entry.get("action").asText() + " "
                        + entry.at("/target/type").asText() + ":"
                        + entry.at("/target/id").asText())
                .containsExactly(
                        "token.revoked token:" + tokenId,
                        "token.created token:" + tokenId,
                        "directory.agents.upserted directory:agents",
                        "extra-data-settings.changed channel:phone");
    }

    @Test
    void pagesGoBackInTimeAndABadCursorOrLimitIsRefused() {
        for (int i = 0; i < 5; i++) {
            api.post("/v1/tokens", "{\"name\": \"t" + i + "\", \"scopes\": [\"agent:read\"]}");
        }

        JsonNode first = api.get("/v1/audit?limit=2").json();
        JsonNode second = api.get(
                        "/v1/audit?limit=2&cursor=" + first.get("next").asText())
                .json();
        JsonNode last = api.get("/v1/audit?limit=2&cursor=" + second.get("next").asText())
                .json();

        assertThat(first.get("entries"))
                .extracting(entry -> entry.at("/after/name").asText())
                .containsExactly("t4", "t3");
        assertThat(second.get("entries"))
                .extracting(entry -> entry.at("/after/name").asText())
                .containsExactly("t2", "t1");
        assertThat(last.get("entries"))
                .extracting(entry -> entry.at("/after/name").asText())
                .containsExactly("t0");
        assertThat(last.get("next").isNull()).isTrue();
        ApiResponse badCursor = api.get("/v1/audit?cursor=yesterday");
        assertThat(badCursor.status()).isEqualTo(400);
        assertThat(badCursor.json().at("/error/message").asText())
                .isEqualTo("query parameter \"cursor\" must be the \"next\" of a page before, not \"yesterday\"");
        assertThat(api.get("/v1/audit?limit=501").status()).isEqualTo(400);
    }

    @Test
    void onlyAnAdministratorReadsTheLog() {
        String ops = api.token("ops", "integrations:write");

        assertThat(api.getAs(ops, "/v1/audit").status()).isEqualTo(403);
    }
}
