package io.cadbridge.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.cadbridge.adapters.events.PageSettings;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** An agent link opens its conversation only until it expires; after, a page says so and shows no data. */
class AgentLinkExpiryBrowserTest extends ExamplesEndToEndTest {

    private static final Duration LIFETIME = Duration.ofSeconds(2);
    private Browser browser;

    @Override
    protected ServiceSettings settings(ServiceSettings defaults) {
        return defaults.withWeb(new WebSettings(LIFETIME, PageSettings.DEFAULT));
    }

    @BeforeAll
    void startBrowser() {
        browser = Browser.start(1024, 768);
    }

    @AfterAll
    void stopBrowser() {
        browser.close();
    }

    @Test
    void anExpiredLinkShowsNoData() throws InterruptedException {
        create("ex1-fetch-customer.json");
        crmAnswers("{\"id\": \"C-30\", \"properties\": {\"firstname\": \"Aino\"}}");
        sendEvent("expiring", "phone", "");
        api.awaitAttachedData("expiring", "/customer_data");
        ApiClient.Answer link = api.post("/v1/agent-links", "{\"conversationId\": \"expiring\"}");
        String url = link.body().get("url").asText();

        browser.driver.get(url);
        assertThat(browser.driver.getPageSource()).contains("Aino");
        Thread.sleep(LIFETIME.plusMillis(1200).toMillis());
        browser.driver.get(url);

        assertThat(browser.driver.findElement(By.cssSelector("p.refused")).getText())
                .startsWith(
                        "This link expired at " + link.body().get("expiresAt").asText());
        assertThat(browser.driver.getPageSource()).doesNotContain("Aino");
    }
}
