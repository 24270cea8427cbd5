package dev.parley.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.File;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dev.parley.it.harness.ContainerClient;
import dev.parley.it.harness.ParleyApi;
import dev.parley.it.harness.ParleyContainer;

/**
 * The business owner's dashboard in a real browser (Debian's chromium, headless, through its
 * chromedriver) against the container as it ships: three conversations through the REST API, one
 * rated 3, one handed to a person; the page shows the same key figures as the REST summary, draws
 * its charts (whose daily figures add up to the summary's), shows the CSAT target breached, lists
 * the handoff and the models, draws the volume forecast with as many periods as the REST forecast,
 * and asks nothing of any other host. Skipped without chromium
 * and chromedriver, except with {@code CI=true}, where that is a failure.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String API_KEY = "it-" + UUID.randomUUID();

    /** Checked before the container starts, so a machine without a browser skips at once. */
    @RegisterExtension
    @Order(1)
    static final BeforeAllCallback SYSTEM_CHROMIUM = DashboardIT::requireChromium;

    @RegisterExtension
    @Order(2)
    static final ParleyContainer parley = new ParleyContainer().withEnvironment("PARLEY_API_KEY", API_KEY);

    private ChromeDriver browser;
    private Path profile;
    private String handedOff;
    private JsonObject handoff;

    private static void requireChromium(ExtensionContext context) {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && "true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail("CI=true needs " + CHROMIUM + " and " + CHROMEDRIVER
                    + " (apt-get install chromium chromium-driver; .ci/run installs them)");
        }
        Assumptions.assumeTrue(installed, "no " + CHROMIUM + " or " + CHROMEDRIVER + ": the browser test is skipped");
    }

    @BeforeAll
    void conversationsAndBrowser() throws IOException {
        ParleyApi api = new ParleyApi(parley, API_KEY);
        String rated = api.newConversation("C-1001");
        api.say(rated, "What's the status of my order 100234?");
        // a rating of 3 breaches the default CSAT minimum of 4.0
        HttpResponse<String> rating = parley.send(HttpRequest.newBuilder(parley.uri("/api/v1/conversations/" + rated
                + "/rating")).header("X-API-Key", API_KEY).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"rating\": 3}")));
        assertThat(rating.statusCode()).as(rating.body()).isEqualTo(200);
        api.say(api.newConversation("C-1001"), "Hello");
        handedOff = api.newConversation(null);
        handoff = api.say(handedOff, "can I speak with a real person please").getAsJsonObject("handoff");
        assertThat(handoff).as("the last conversation was handed to a person").isNotNull();

        profile = Files.createTempDirectory("parley-dashboard-chromium");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless=new",
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--no-first-run", "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1280,2000");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        browser = new ChromeDriver(service, options);
        // the web console's login, sent with every request of the page as a browser does after the prompt
        browser.executeCdpCommand("Network.enable", Map.of());
        browser.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of("Authorization",
                ContainerClient.basic("admin", parley.consolePassword()))));
        browser.get(parley.uri("/parley/").toString());
        awaitPanels();
    }

    @AfterAll
    void closeBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    private void awaitPanels() {
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(driver -> driver.findElement(By.tagName("body"))
                .getAttribute("data-loaded") != null && driver.findElements(By.cssSelector("section[aria-busy=true]"))
                        .isEmpty());
    }

    private JsonObject restSummaryOfTheLastSevenDays() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        HttpResponse<String> response = parley.send(HttpRequest.newBuilder(parley.uri(
                "/api/v1/analytics/summary?from=" + today.minusDays(6) + "&to=" + today)).header("X-API-Key", API_KEY));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JsonParser.parseString(response.body()).getAsJsonObject();
    }

    private WebElement kpi(String name) {
        return browser.findElement(By.cssSelector("dd[data-kpi='" + name + "']"));
    }

    private static String shown(WebElement kpi) {
        // the figure without its detail line
        String text = kpi.getText();
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }

    @Test
    void theKeyFiguresAreThoseOfTheRestSummary() {
        JsonObject summary = restSummaryOfTheLastSevenDays();
        long conversations = summary.get("conversations").getAsLong();
        double containment = summary.getAsJsonObject("containment").get("rate").getAsDouble();
        double handoffRate = summary.getAsJsonObject("handoffs").get("rate").getAsDouble();
        double savings = summary.getAsJsonObject("costs").get("savings").getAsDouble();
        assertThat(conversations).isEqualTo(3);

        assertThat(shown(kpi("conversations"))).isEqualTo(String.format(Locale.US, "%,d", conversations));
        assertThat(shown(kpi("containmentRate"))).isEqualTo(String.format(Locale.ROOT, "%.1f %%", containment * 100));
        assertThat(shown(kpi("handoffRate"))).isEqualTo(String.format(Locale.ROOT, "%.1f %%", handoffRate * 100));
        assertThat(shown(kpi("savings"))).isEqualTo(String.format(Locale.US, "%,.2f", savings));
        assertThat(Double.parseDouble(kpi("containmentRate").getAttribute("data-value"))).isCloseTo(containment,
                within(1e-12));
        assertThat(Double.parseDouble(kpi("firstResponse").getAttribute("data-value"))).isCloseTo(summary
                .getAsJsonObject("firstResponse").get("averageSeconds").getAsDouble(), within(1e-12));
        assertThat(shown(kpi("csat"))).isEqualTo(String.format(Locale.ROOT, "%.2f / 5",
                summary.getAsJsonObject("csat").get("average").getAsDouble()));
    }

    @Test
    void theChartsAreDrawnWithTextAlternatives() {
        List<WebElement> bars = browser.findElements(By.cssSelector("figure[data-chart=conversations] svg rect.bar"));
        assertThat(bars).hasSize(7);
        assertThat(bars.get(6).getAttribute("data-value")).as("today's conversations").isEqualTo("3");
        assertThat(browser.findElements(By.cssSelector("figure[data-chart=containment] svg circle.dot"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("figure[data-chart=sentiment] svg circle.dot"))).isNotEmpty();
        for (WebElement chart : browser.findElements(By.cssSelector("figure.chart svg"))) {
            assertThat(chart.getAttribute("role")).isEqualTo("img");
            assertThat(chart.findElement(By.tagName("desc")).getAttribute("textContent")).isNotBlank();
        }
    }

    @Test
    void theTrendsAddUpToTheRestSummary() {
        JsonObject summary = restSummaryOfTheLastSevenDays();
        List<WebElement> bars = browser.findElements(By.cssSelector("figure[data-chart=conversations] svg rect.bar"));
        List<Long> perDay = bars.stream().map(bar -> Long.parseLong(bar.getAttribute("data-value"))).toList();
        assertThat(perDay.stream().mapToLong(Long::longValue).sum()).isEqualTo(summary.get("conversations").getAsLong());
        // a containment dot for each day with conversations, in order: rate times count is the day's contained
        List<WebElement> dots = browser.findElements(By.cssSelector("figure[data-chart=containment] svg circle.dot"));
        List<Long> daysWithConversations = perDay.stream().filter(n -> n > 0).toList();
        assertThat(dots).hasSameSizeAs(daysWithConversations);
        double contained = 0;
        for (int i = 0; i < dots.size(); i++) {
            contained += Double.parseDouble(dots.get(i).getAttribute("data-value")) * daysWithConversations.get(i);
        }
        assertThat(contained).isCloseTo(summary.getAsJsonObject("containment").get("contained").getAsDouble(),
                within(1e-9));
    }

    private int restForecastPoints(String granularity, int horizon) {
        HttpResponse<String> response = parley.send(HttpRequest.newBuilder(parley.uri(
                "/api/v1/analytics/forecast?granularity=" + granularity + "&horizon=" + horizon))
                .header("X-API-Key", API_KEY));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JsonParser.parseString(response.body()).getAsJsonObject().getAsJsonArray("points").size();
    }

    @Test
    void theForecastPanelShowsTheNextHoursAndDaysWithTheirInterval() {
        WebElement panel = browser.findElement(By.id("panel-forecast"));
        assertThat(panel.isDisplayed()).as("the forecast service runs, so its panel is shown").isTrue();
        JsonObject json = JsonParser.parseString(parley.getAsAdmin("/parley/api/forecast").body()).getAsJsonObject();
        int hours = json.getAsJsonObject("hours").getAsJsonArray("points").size();
        int days = json.getAsJsonObject("days").getAsJsonArray("points").size();
        assertThat(panel.findElements(By.cssSelector("figure[data-chart=forecast-hours] svg circle.dot")))
                .hasSize(restForecastPoints("hour", hours)).isNotEmpty();
        assertThat(panel.findElements(By.cssSelector("figure[data-chart=forecast-days] svg circle.dot")))
                .hasSize(restForecastPoints("day", days)).isNotEmpty();
        assertThat(panel.findElements(By.cssSelector("svg polygon.interval"))).hasSize(2);
        String method = json.getAsJsonObject("days").get("method").getAsString();
        assertThat(panel.findElement(By.cssSelector("figure[data-chart=forecast-days] + p[data-forecast-method]"))
                .getAttribute("data-forecast-method")).isEqualTo(method);
        assertThat(panel.getText()).contains("Method:").doesNotContain("Not available");
    }

    @Test
    void theSlaTargetsAreShownInWords() {
        List<WebElement> targets = browser.findElements(By.cssSelector("ul.sla li"));
        assertThat(targets).extracting(target -> target.getAttribute("data-target"))
                .containsExactly("first_response_seconds", "resolution_seconds", "csat_minimum");
        assertThat(targets.get(0).getText()).contains("Met");
        assertThat(targets.get(1).getText()).as("nothing resolved").contains("No data");
        assertThat(targets.get(2).getAttribute("data-status")).isEqualTo("breached");
        assertThat(targets.get(2).getText()).contains("Breached", "measured 3.00", "at least 4.00");
    }

    @Test
    void theHandoffWaitsInTheQueue() {
        WebElement row = browser.findElement(By.cssSelector("#handoff-queue tr[data-conversation='" + handedOff + "']"));
        assertThat(row.getText()).contains(handoff.get("queue").getAsString(), handoff.get("ticketId").getAsString(),
                "customer asked for a person");
        assertThat(browser.findElements(By.cssSelector("#handoff-queue tbody tr"))).hasSize(1);
    }

    @Test
    void theModelVersionsInUseAreShown() {
        HttpResponse<String> response = parley.getAsAdmin("/system/console/parley-models.json");
        JsonObject models = JsonParser.parseString(response.body()).getAsJsonObject();
        String intentVersion = models.getAsJsonArray("models").asList().stream().map(m -> m.getAsJsonObject())
                .filter(m -> m.get("model").getAsString().startsWith("intent/") && "active".equals(m.get("state")
                        .getAsString())).findFirst().orElseThrow().get("version").getAsString();
        assertThat(browser.findElement(By.cssSelector("tr[data-model-kind=intent] td[data-model-version]")).getText())
                .isEqualTo(intentVersion);
        assertThat(browser.findElement(By.cssSelector("tr[data-model-kind=sentiment]")).getText())
                .doesNotContain("not available");
    }

    @Test
    void thePageAsksNoOtherHostAndLogsNoError() throws IOException {
        String origin = "http://127.0.0.1:" + parley.port() + "/";
        List<String> urls = new ArrayList<>();
        for (LogEntry entry : browser.manage().logs().get(LogType.PERFORMANCE)) {
            JsonObject message = JsonParser.parseString(entry.getMessage()).getAsJsonObject().getAsJsonObject("message");
            if ("Network.requestWillBeSent".equals(message.get("method").getAsString())) {
                String url = message.getAsJsonObject("params").getAsJsonObject("request").get("url").getAsString();
                // the browser's own pages (its new tab before the test navigates) and inline data are no request
                if (!url.startsWith("chrome:") && !url.startsWith("about:") && !url.startsWith("data:")) {
                    urls.add(url);
                }
            }
        }
        assertThat(urls).isNotEmpty().allSatisfy(url -> assertThat(url).startsWith(origin));
        assertThat(urls).anyMatch(url -> url.contains("/parley/api/kpis"));
        assertThat(browser.manage().logs().get(LogType.BROWSER).getAll()).filteredOn(entry -> entry.getLevel()
                .intValue() >= Level.WARNING.intValue()).isEmpty();
        screenshot("dashboard-desktop.png");
    }

    @Test
    void atPhoneWidthTheFiguresStayReadable() throws IOException {
        Dimension desktop = browser.manage().window().getSize();
        try {
            browser.manage().window().setSize(new Dimension(390, 1800));
            Long overflow = (Long) browser.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(overflow).as("no sideways scrolling of the page").isLessThanOrEqualTo(0L);
            assertThat(kpi("conversations").isDisplayed()).isTrue();
            screenshot("dashboard-phone.png");
        } finally {
            browser.manage().window().setSize(desktop);
        }
    }

    @Test
    void withoutTheConsolesPasswordThereIsNothingToSee() {
        HttpResponse<String> anonymous = parley.send(HttpRequest.newBuilder(parley.uri("/parley/")));
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(challenge ->
                assertThat(challenge).startsWith("Basic realm="));
        HttpResponse<String> wrong = parley.send(HttpRequest.newBuilder(parley.uri("/parley/api/kpis"))
                .header("Authorization", ContainerClient.basic("admin", "admin")));
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).doesNotContain("conversations");

        HttpResponse<String> json = parley.getAsAdmin("/parley/api/kpis?period=today");
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(json.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(json.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy ->
                assertThat(policy).startsWith("default-src 'self'"));
        HttpResponse<String> bare = parley.getAsAdmin("/parley");
        assertThat(bare.statusCode()).isEqualTo(301);
        assertThat(bare.headers().firstValue("Location")).hasValue("/parley/");
        HttpResponse<String> badPeriod = parley.getAsAdmin("/parley/api/kpis?period=week");
        assertThat(badPeriod.statusCode()).isEqualTo(400);
        assertThat(badPeriod.body()).contains("\"field\":\"period\"");
    }

    private void screenshot(String name) throws IOException {
        Path target = Path.of("target");
        Files.createDirectories(target);
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), target.resolve(name),
                StandardCopyOption.REPLACE_EXISTING);
    }
}
