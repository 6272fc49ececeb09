package io.cadbridge.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The administrators' console in a real headless Chromium, against the assembled service. */
class ConsoleBrowserTest extends ExamplesEndToEndTest {

    private Browser browser;
    private String base;

    @BeforeAll
    void startBrowser() {
        browser = Browser.start(1280, 900);
        base = "http://localhost:" + service.apiPort();
    }

    @AfterAll
    void stopBrowser() {
        browser.close();
    }

    @BeforeEach
    void signOut() {
        browser.driver.manage().deleteAllCookies();
    }

    private void signIn(String token) {
        browser.driver.get(base + "/console/sign-in");
        browser.driver.findElement(By.id("token")).sendKeys(token);
        submit(browser.driver.findElement(By.cssSelector("form.sign-in button")));
    }

    /** Clicks a form's button and waits for the page it leads to. */
    private void submit(WebElement button) {
        button.click();
        // Chromium may answer "node does not belong to the document" rather than "stale" while the page changes.
        new WebDriverWait(browser.driver, Duration.ofSeconds(10))
                .ignoring(WebDriverException.class)
                .until(ExpectedConditions.stalenessOf(button));
    }

    private void setText(String id, String text) {
        WebElement area = browser.driver.findElement(By.id(id));
        area.clear();
        browser.driver.executeScript("arguments[0].value = arguments[1];", area, text);
    }

    @Test
    void theConsoleNeedsAnAdministratorSignedIn() {
        String agent = api.post("/v1/tokens", "{\"name\": \"desk\", \"scopes\": [\"agent:read\"]}")
                .body()
                .get("token")
                .asText();

        browser.driver.get(base + "/console");
        assertThat(browser.driver.getCurrentUrl()).endsWith("/console/sign-in");
        signIn("not-a-token");
        assertThat(browser.driver.findElement(By.cssSelector("p.problem")).getText())
                .isEqualTo("That token is not valid.");
        signIn(agent);
        assertThat(browser.driver.findElement(By.cssSelector("p.problem")).getText())
                .isEqualTo("The token 'desk' is not an administrator's (it lacks the scope 'admin').");
        signIn(TOKEN);
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Integrations");
        browser.driver.executeScript(
                "document.querySelectorAll('input[name=_csrf]').forEach(input => input.value = 'forged');");
        submit(browser.driver.findElement(By.cssSelector("header form button")));
        assertThat(browser.driver.findElement(By.cssSelector("p.refused")).getText())
                .startsWith("This form is not from your console session");
        browser.driver.get(base + "/console");
        submit(browser.driver.findElement(By.cssSelector("header form button")));
        browser.driver.get(base + "/console");
        assertThat(browser.driver.getCurrentUrl()).endsWith("/console/sign-in");
    }

    @Test
    void historyFindsAConversationByAKeptValueAndTheContactLogDownloads() throws Exception {
        ObjectNode integration = example("ex1-fetch-customer.json");
        ((ObjectNode) integration.with("configuration").with("response"))
                .putObject("save")
                .put("customerId", "{response.body.id}");
        create(integration);
        assertThat(api.put(
                                "/v1/channels/phone/extra-data-settings",
                                "{\"includedWhenAllocating\": [], \"includedInStatistics\": [\"customerId\"]}")
                        .status())
                .isEqualTo(200);
        crmAnswers("{\"id\": \"C-21\"}");
        sendEvent("console-history", "phone", "");
        api.awaitAttachedData("console-history", "/customerId");
        sendEventNamed("console-history", "Ended");
        signIn(TOKEN);

        browser.driver.get(base + "/console/history?key=customerId&value=C-21");
        WebElement found = new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(driver -> {
            driver.navigate().refresh();
            return driver.findElements(By.cssSelector("table.history a")).stream()
                    .findFirst()
                    .orElse(null);
        });
        assertThat(found.getText()).isEqualTo("console-history");
        submit(found);
        assertThat(browser.driver.findElement(By.cssSelector("pre.trace")).getText())
                .contains("C-21");
        browser.driver.get(base + "/console/history?key=customerld&value=C-21");
        assertThat(browser.driver.findElement(By.cssSelector("p.problem")).getText())
                .contains("customerId");

        String session =
                browser.driver.manage().getCookieNamed("cadbridge_console").getValue();
        HttpResponse<String> log = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(
                                        URI.create(base + "/console/reports/contact-log?from=2020-01-01T00:00:00Z"
                                                + "&to=2100-01-01T00:00:00Z&format=csv"))
                                .header("Cookie", "cadbridge_console=" + session)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(log.statusCode()).isEqualTo(200);
        assertThat(log.headers().firstValue("Content-Disposition"))
                .contains("attachment; filename=\"contact-log.csv\"");
        assertThat(log.body()).contains("customerId").contains("C-21");
    }

    @Test
    void aDisplayProfileIsEditedInTheSettingsWithProblemsAtTheirPointers() {
        signIn(TOKEN);
        browser.driver.get(base + "/console/settings");
        submit(browser.driver.findElement(By.cssSelector("a[href='/console/settings/display-profile/chat']")));

        setText("definition", "{\"fields\": [{\"key\": \"segment\", \"type\": \"linq\"}]}");
        submit(browser.driver.findElement(By.cssSelector("form.editor button")));
        assertThat(browser.driver
                        .findElement(By.cssSelector(".problems li[data-pointer='/fields/0/type']"))
                        .getText())
                .contains("did you mean \"link\"");

        setText("definition", "{\"fields\": [{\"key\": \"segment\", \"labels\": {\"en\": \"Segment\"}}]}");
        submit(browser.driver.findElement(By.cssSelector("form.editor button")));
        assertThat(browser.driver.findElement(By.cssSelector("p.notice")).getText())
                .isEqualTo("Saved.");
        assertThat(api.get("/v1/channels/chat/display-profile")
                        .body()
                        .at("/fields/0/labels/en")
                        .asText())
                .isEqualTo("Segment");
        assertThat(api.get("/v1/audit").body().at("/entries/0/action").asText()).isEqualTo("display-profile.changed");
    }

    @Test
    void aQueuesDisplayProfileIsEditedFromTheSettingsAndAnUnknownIntegrationIsAPage() {
        assertThat(api.put("/v1/directory/queues", """
                        {"queues": [{"id": "0a1b2c3d4e5f60718293a4b5c6d7e8f9", "channelType": "phone",
                                     "addresses": ["+358401234567"], "name": "Support"}]}""").status()).isEqualTo(200);
        signIn(TOKEN);
        browser.driver.get(base + "/console/settings");
        submit(browser.driver.findElement(
                By.cssSelector("a[href='/console/settings/queue-display-profile/0A1B2C3D4E5F60718293A4B5C6D7E8F9']")));
        setText("definition", "{\"fields\": [{\"key\": \"vip\", \"type\": \"boolean\"}]}");
        submit(browser.driver.findElement(By.cssSelector("form.editor button")));

        assertThat(browser.driver.findElement(By.cssSelector("p.notice")).getText())
                .isEqualTo("Saved.");
        assertThat(api.get("/v1/queues/0A1B2C3D4E5F60718293A4B5C6D7E8F9/display-profile")
                        .body()
                        .at("/fields/0/type")
                        .asText())
                .isEqualTo("boolean");
        browser.driver.get(base + "/console/integrations/not-an-id");
        assertThat(browser.driver.findElement(By.cssSelector("p.refused")).getText())
                .isEqualTo("No integration has id not-an-id.");
    }

    @Test
    void theEditorShowsAFailedSavesProblemsAtTheirPointers() {
        signIn(TOKEN);
        browser.driver.get(base + "/console/integrations/new");
        setText(
                "definition",
                example("ex1-fetch-customer.json")
                        .put("endpointUrl", crm.url("/api/customers").toString())
                        .toString()
                        .replace("\"method\":\"GET\"", "\"method\":\"GOT\""));
        submit(browser.driver.findElement(By.cssSelector("form.editor button")));

        WebElement problem = browser.driver.findElement(
                By.cssSelector(".problems li[data-pointer='/configuration/request/method']"));
        assertThat(problem.getText())
                .startsWith("/configuration/request/method")
                .contains("GOT");
        browser.screenshot("console-editor");
        assertThat(browser.driver.findElement(By.id("definition")).getAttribute("value"))
                .as("what was typed is kept")
                .contains("\"GOT\"");
    }

    @Test
    void aTestRunShowsItsTraceAndAFailedRunCanBeRetried() {
        String id = create("ex1-fetch-customer.json");
        crmAnswers("{\"id\": \"C-11\", \"properties\": {\"firstname\": \"Aino\"}}");
        signIn(TOKEN);
        browser.driver.get(base + "/console/integrations/" + id);
        submit(browser.driver.findElement(By.cssSelector(".test-run button")));

        WebElement shown = browser.driver.findElement(By.cssSelector("pre.trace"));
        browser.driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", shown);
        String trace = shown.getText();
        assertThat(trace).contains("\"request\"").contains("C-11");
        browser.screenshot("console-test-run");

        // A 500 is not retried by the CRM client: the run fails at once.
        crm.enqueue(new MockResponse.Builder().code(500).build());
        sendEvent("console-1", "phone", "");
        browser.driver.get(base + "/console/integrations/" + id + "/runs");
        WebElement retry = new WebDriverWait(browser.driver, Duration.ofSeconds(15)).until(driver -> {
            driver.navigate().refresh();
            return driver.findElements(By.cssSelector("tr.failed button")).stream()
                    .findFirst()
                    .orElse(null);
        });
        crmAnswers("{\"id\": \"C-12\", \"properties\": {\"firstname\": \"Aino\"}}");
        submit(retry);

        assertThat(browser.driver.findElement(By.cssSelector("p.notice")).getText())
                .isEqualTo("The run is queued again.");
        new WebDriverWait(browser.driver, Duration.ofSeconds(15)).until(driver -> {
            driver.navigate().refresh();
            return !driver.findElements(By.cssSelector("tr.succeeded")).isEmpty();
        });
        browser.screenshot("console-runs");

        browser.driver.get(base + "/console/dashboard");
        assertThat(Long.parseLong(browser.driver
                        .findElement(By.cssSelector("tr[data-outcome=succeeded] td"))
                        .getText()))
                .isPositive();
        assertThat(Long.parseLong(browser.driver
                        .findElement(By.cssSelector("tr[data-outcome=failed] td"))
                        .getText()))
                .isPositive();
        assertThat(browser.driver.findElement(By.cssSelector("table.crm tbody")).getText())
                .contains("EX1 Fetch data from an external system");
        assertThat(browser.driver
                        .findElement(By.cssSelector("[data-figure=events]"))
                        .getText())
                .matches("[0-9.]+");
        browser.screenshot("console-dashboard");
    }
}
