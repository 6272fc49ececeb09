package io.cadbridge.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
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
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(button));
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
        submit(browser.driver.findElement(By.cssSelector("header form button")));
        browser.driver.get(base + "/console");
        assertThat(browser.driver.getCurrentUrl()).endsWith("/console/sign-in");
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
