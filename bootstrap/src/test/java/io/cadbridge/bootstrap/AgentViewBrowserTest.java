package io.cadbridge.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The agent's Conversation Details in a real headless Chromium, against the assembled service: what
 * the seed's integration saves shows, a second integration's data appears without a reload, a CRM's
 * markup stays text, links and masks follow the display profile.
 */
class AgentViewBrowserTest extends ExamplesEndToEndTest {

    private static final Duration LIVE_WITHIN = Duration.ofSeconds(10);
    private Browser browser;

    @BeforeAll
    void startBrowser() {
        browser = Browser.start(1024, 768);
    }

    @AfterAll
    void stopBrowser() {
        browser.close();
    }

    private String agentLink(String conversation) {
        ApiClient.Answer link = api.post("/v1/agent-links", "{\"conversationId\": \"" + conversation + "\"}");
        assertThat(link.status()).as(link.raw().body()).isEqualTo(200);
        return link.body().get("url").asText();
    }

    /**
     * What {@code read} finds in the row of {@code key}, once the row is there: read afresh on each try,
     * since a pushed update replaces the rows.
     */
    private <T> T onRow(String key, Function<WebElement, T> read) {
        return new WebDriverWait(browser.driver, LIVE_WITHIN)
                .ignoring(StaleElementReferenceException.class)
                .until(driver -> driver.findElements(By.cssSelector("tr[data-key='" + key + "']")).stream()
                        .findFirst()
                        .map(read)
                        .orElse(null));
    }

    private String awaitValue(String key) {
        return onRow(
                key,
                row -> row.findElement(By.tagName("td"))
                        .getText()
                        .replace("Copy", "")
                        .trim());
    }

    @Test
    void theSeedsCustomerDataShowsAndASecondIntegrationsDataAppearsWithoutAReload() {
        create("ex1-fetch-customer.json");
        crmAnswers("""
                {"id": "C-7", "properties": {"firstname": "Aino", "lastname": "Virtanen", "company": "Acme Oy",
                 "jobtitle": "Buyer"}, "tickets": [{"id": "T-1"}, {"id": "T-2"}]}""");
        sendEvent("agent-1", "phone", "");
        api.awaitAttachedData("agent-1", "/customer_data");

        browser.driver.get(agentLink("agent-1"));

        assertThat(awaitValue("customer_data.firstname")).isEqualTo("Aino");
        assertThat(awaitValue("customer_data.lastticket")).isEqualTo("T-2");
        assertThat(browser.driver
                        .findElement(By.cssSelector("section.group h2"))
                        .getText())
                .isEqualTo("customer_data");
        browser.screenshot("agent-view");
        browser.driver.executeScript("window.notReloaded = true;");

        ObjectNode echo = example("ex2a-lifecycle-send-everything.json");
        echo.put("endpointUrl", crm.url("/lifecycle").toString());
        echo.putArray("events").add("Queued");
        ((ObjectNode) echo.with("configuration").with("response"))
                .putObject("save")
                .put("segment", "gold");
        create(echo);
        crmAnswers("{}");
        sendEventNamed("agent-1", "Queued");

        assertThat(awaitValue("segment")).isEqualTo("gold");
        assertThat(browser.driver.executeScript("return window.notReloaded === true;"))
                .as("the page was not reloaded")
                .isEqualTo(true);
    }

    @Test
    void aCrmsMarkupIsShownAsTextAndNeverRuns() {
        create("ex1-fetch-customer.json");
        crmAnswers("""
                {"id": "C-8", "properties": {"firstname": "<script>window.pwned = 1</script><b>bold</b>"}}""");
        sendEvent("agent-2", "phone", "");
        api.awaitAttachedData("agent-2", "/customer_data");

        browser.driver.get(agentLink("agent-2"));

        assertThat(awaitValue("customer_data.firstname")).isEqualTo("<script>window.pwned = 1</script><b>bold</b>");
        assertThat(browser.driver.executeScript("return window.pwned === undefined;"))
                .isEqualTo(true);
        assertThat(browser.driver.findElements(By.cssSelector("#details b"))).isEmpty();

        browser.driver.manage().window().setSize(new Dimension(320, 640));
        try {
            assertThat(browser.driver.executeScript(
                            "return document.documentElement.scrollWidth <= document.documentElement.clientWidth;"))
                    .as("nothing is wider than a 320 px screen")
                    .isEqualTo(true);
            browser.screenshot("agent-view-320");
        } finally {
            browser.driver.manage().window().setSize(new Dimension(1024, 768));
        }
    }

    @Test
    void theDisplayProfileMakesLinksMasksLabelsAndOrder() {
        ApiClient.Answer profile = api.put("/v1/channels/phone/display-profile", """
                {"fields": [
                  {"key": "customer_data.id", "type": "link", "linkTemplate": "https://crm.example/c/{value}",
                   "labels": {"en": "Customer", "fi": "Asiakas"}},
                  {"key": "customer_data.jobtitle", "type": "masked", "labels": {"en": "Job title"}},
                  {"key": "customer_data.firstname", "labels": {"en": "First name"}}
                ]}""");
        assertThat(profile.status()).as(profile.raw().body()).isEqualTo(200);
        create("ex1-fetch-customer.json");
        crmAnswers("""
                {"id": "C 9/x", "properties": {"firstname": "Aino", "lastname": "Virtanen", "jobtitle": "Purchasing"}}""");
        sendEvent("agent-3", "phone", "");
        api.awaitAttachedData("agent-3", "/customer_data");

        try {
            browser.driver.get(agentLink("agent-3"));

            List<String> link = onRow("customer_data.id", row -> {
                WebElement anchor = row.findElement(By.tagName("a"));
                return List.of(anchor.getAttribute("href"), anchor.getAttribute("rel"), anchor.getText());
            });
            assertThat(link).containsExactly("https://crm.example/c/C%209%2Fx", "noopener noreferrer", "C 9/x");
            assertThat(awaitValue("customer_data.jobtitle")).isEqualTo("••••sing");
            assertThat(browser.driver.getPageSource()).doesNotContain("Purchasing");
            List<WebElement> copyButtons =
                    onRow("customer_data.jobtitle", row -> row.findElements(By.cssSelector("button.copy")));
            assertThat(copyButtons).as("a masked value cannot be copied").isEmpty();
            List<String> labels = browser.driver.findElements(By.cssSelector("th[scope=row]")).stream()
                    .map(WebElement::getText)
                    .toList();
            assertThat(labels).containsExactly("Customer", "Job title", "First name");
            assertThat(browser.driver.getPageSource()).doesNotContain("Virtanen");
        } finally {
            api.put("/v1/channels/phone/display-profile", "{\"fields\": []}");
        }
    }

    @Test
    void anAlteredLinkShowsNoData() {
        create("ex1-fetch-customer.json");
        crmAnswers("{\"id\": \"C-10\", \"properties\": {\"firstname\": \"Aino\"}}");
        sendEvent("agent-4", "phone", "");
        api.awaitAttachedData("agent-4", "/customer_data");
        String link = agentLink("agent-4");

        browser.driver.get(link.substring(0, link.length() - 2) + (link.endsWith("A") ? "BB" : "AA"));

        assertThat(browser.driver.findElement(By.cssSelector("p.refused")).getText())
                .startsWith("This is not a valid link to a conversation");
        assertThat(browser.driver.getPageSource()).doesNotContain("Aino");
        browser.driver.get(link.replace("/agent-4?", "/agent-1?"));
        assertThat(browser.driver.findElement(By.cssSelector("p.refused")).getText())
                .startsWith("This link opens another conversation");
    }
}
