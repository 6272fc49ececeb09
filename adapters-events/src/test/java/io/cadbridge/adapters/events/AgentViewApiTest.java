package io.cadbridge.adapters.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Agent links and the page they open, over HTTP (the browser tests are in bootstrap). */
class AgentViewApiTest {

    @RegisterExtension
    final RunningApi api = new RunningApi();

    private String link(String conversation) {
        ApiResponse link = api.as(
                api.token("desktop", "agent:read"),
                "POST",
                "/v1/agent-links",
                "{\"conversationId\": \"" + conversation + "\"}");
        assertThat(link.status()).as(link.body()).isEqualTo(200);
        return link.json().get("url").asText();
    }

    private ApiResponse open(String url) {
        return api.anonymous(url.substring(url.indexOf("/agent/")));
    }

    @Test
    void anAgentLinkOpensItsConversationForTwelveHours() {
        ApiResponse answer = api.as(
                api.token("desktop", "agent:read"), "POST", "/v1/agent-links", "{\"conversationId\": \"C1 /x\"}");

        String url = answer.json().get("url").asText();
        assertThat(url).startsWith(api.baseUri() + "/agent/conversations/C1%20%2Fx?token=");
        assertThat(Instant.parse(answer.json().get("expiresAt").asText()))
                .isEqualTo(RunningApi.NOW.plus(Duration.ofHours(12)));
        ApiResponse page = open(url);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        Document html = Jsoup.parse(page.body());
        assertThat(html.select("p.empty").text()).startsWith("Nothing is attached to this conversation yet");
        assertThat(html.select("#details").attr("sse-connect"))
                .startsWith("/agent/conversations/C1%20%2Fx/stream?token=");
    }

    @Test
    void thePageCarriesAStrictPolicyAndItsAssetsAreCachedByContent() {
        ApiResponse page = open(link("C2"));
        Document html = Jsoup.parse(page.body());
        String stylesheet = html.select("link[rel=stylesheet]").attr("href");

        ApiResponse css = api.anonymous(stylesheet);

        assertThat(page.header("Content-Security-Policy"))
                .contains("script-src 'self'")
                .contains("frame-ancestors 'self'");
        assertThat(page.header("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(stylesheet).matches("/assets/cadbridge\\.[0-9a-f]{12}\\.css");
        assertThat(css.status()).isEqualTo(200);
        assertThat(css.header("Cache-Control")).isEqualTo("public, max-age=31536000, immutable");
        assertThat(api.anonymous("/assets/cadbridge.css").status()).isEqualTo(404);
        assertThat(api.anonymous(html.select("script[src*=htmx.min.js]").attr("src"))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void anAlteredLinkOrOneForAnotherConversationOpensAPageWithoutData() {
        String url = link("C3");
        String altered = url.substring(0, url.length() - 1) + (url.endsWith("A") ? "B" : "A");

        ApiResponse changed = open(altered);
        ApiResponse elsewhere = open(url.replace("/C3?", "/C4?"));
        ApiResponse none = api.anonymous("/agent/conversations/C3");
        ApiResponse stream =
                api.anonymous(altered.substring(altered.indexOf("/agent/")).replace("?", "/stream?"));

        assertThat(changed.status()).isEqualTo(403);
        assertThat(Jsoup.parse(changed.body()).select("p.refused").text())
                .startsWith("This is not a valid link to a conversation");
        assertThat(elsewhere.status()).isEqualTo(403);
        assertThat(Jsoup.parse(elsewhere.body()).select("p.refused").text())
                .startsWith("This link opens another conversation");
        assertThat(none.status()).isEqualTo(403);
        assertThat(stream.status())
                .as("a refused stream is not retried by the browser")
                .isEqualTo(403);
    }

    @Test
    void aLinkNeedsAConversationAndTheAgentScope() {
        ApiResponse missing = api.as(api.token("desktop", "agent:read"), "POST", "/v1/agent-links", "{}");
        ApiResponse reports =
                api.as(api.token("reports", "reports:read"), "POST", "/v1/agent-links", "{\"conversationId\": \"C5\"}");

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.pointers()).containsExactly("/conversationId");
        assertThat(reports.status()).isEqualTo(403);
    }
}
