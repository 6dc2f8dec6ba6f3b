package org.sinus.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sinus.engine.trial.ArmSummary;
import org.sinus.engine.trial.Histogram;
import org.sinus.engine.trial.PairedDifference;
import org.sinus.engine.trial.RunSnapshot;
import org.sinus.engine.trial.SimulatedTrials;
import org.sinus.engine.trial.TrialPower;

/**
 * The page in real headless Chromium: it loads under the server's Content-Security-Policy, follows a run live
 * without reloading, and after the final snapshot shows exactly the snapshot's numbers as the page formats them.
 * Leaves a screenshot in {@code target/screenshots/dashboard-final.png}.
 *
 * <p>Skipped, with the reason printed, when {@code /usr/bin/chromium} or {@code /usr/bin/chromedriver} is absent,
 * unless the system property {@code sinus.requireBrowser} is true (CI sets it), when that is a failure.
 */
@Timeout(120)
class DashboardBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String MINUS = "\u2212";

    private DashboardServer server;
    private ChromeDriver driver;
    private Path profile;

    @BeforeEach
    void start() throws IOException {
        assumeBrowser("DashboardBrowserTest");
        server = DashboardServer.start(DashboardOptions.loopback());
        profile = Files.createTempDirectory("sinus-chromium-");
        driver = chrome(profile);
    }

    @AfterEach
    void stop() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @Test
    void followsARunLiveAndShowsTheFinalNumbers() throws IOException {
        FakeRun run = new FakeRun(10_000, 20240611L);
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        server.publish(run.advance(500, 31));

        driver.get(server.address().toString());
        wait.until(ExpectedConditions.textToBe(By.id("progress-text"), "500 / 10,000"));
        assertEquals("picso-anterior-stemi", driver.findElement(By.id("scenario-name")).getText());
        assertEquals("3f9a1c0de2b7", driver.findElement(By.id("sha")).getText());
        assertEquals("20240611", driver.findElement(By.id("seed")).getText());
        assertEquals("Infarct size, % LV", driver.findElement(By.id("endpoint-heading")).getText());
        assertEquals("Live", driver.findElement(By.id("state-text")).getText());
        driver.executeScript("window.sinusTestMarker = 'same page';");

        // Live updates: the figure changes while the marker set above survives, so the page did not reload.
        for (long done : new long[] {2_000, 4_500, 7_000, 9_500}) {
            server.publish(run.advance(done - run.advance(0, 0).patientsDone(), done * 0.062));
            wait.until(ExpectedConditions.textToBe(By.id("progress-text"),
                    String.format(Locale.US, "%,d / 10,000", done)));
        }
        assertEquals("same page", driver.executeScript("return window.sinusTestMarker;"));
        assertFalse(driver.findElement(By.id("trials")).isDisplayed(), "no simulated trials while the run goes on");
        sleep(800); // let the progress bar's transition finish before the picture
        screenshot(Path.of("target", "screenshots", "dashboard-live.png"));

        // A dropped connection: the page says so, and picks the run up again when a server is back on the port.
        int port = server.address().getPort();
        server.close();
        wait.until(ExpectedConditions.textToBe(By.id("state-text"), "Reconnecting…"));
        server = DashboardServer.start(new DashboardOptions("127.0.0.1", port, null));
        server.publish(run.advance(0, 600));
        wait.until(ExpectedConditions.textToBe(By.id("state-text"), "Live"));
        assertEquals("same page", driver.executeScript("return window.sinusTestMarker;"));

        RunSnapshot last = run.advance(500, 624.3);
        assertTrue(last.finished());
        server.publish(last);
        wait.until(ExpectedConditions.textToBe(By.id("state-text"), "Final"));
        assertEquals("same page", driver.executeScript("return window.sinusTestMarker;"));
        assertEquals("10,000 / 10,000", text("#progress-text"));
        assertTrue(driver.findElement(By.id("final-banner")).isDisplayed());
        assertEquals("10 min 24 s", text("#elapsed"));
        assertEquals("Finished", text("#eta"));
        assertEquals(String.format(Locale.US, "%,d", last.failures()), text("#failures"));

        for (ArmSummary arm : last.arms()) {
            String card = "[data-arm='" + arm.arm() + "'] ";
            assertEquals(fmt(arm.mean()), text(card + ".mean"), arm.arm() + " mean");
            assertEquals(fmt(arm.ciLow()) + " to " + fmt(arm.ciHigh()), text(card + ".ci"), arm.arm() + " CI");
        }
        PairedDifference d = last.differences().get(0);
        String expected = fmt(d.mean()) + " (" + fmt(d.ciLow()) + " to " + fmt(d.ciHigh()) + ")";
        assertTrue(expected.startsWith(MINUS), expected);
        assertEquals(expected, text("#forest text[data-difference='picso']"));
        assertEquals(fmt(d.mean()), text("[data-difference='picso'] .mean"));
        assertTrue(driver.findElement(By.id("trials")).isDisplayed(), "simulated trials in the final snapshot");
        assertEquals("31.2%", text("[data-trial='picso'] .power-value"));
        assertEquals("picso " + MINUS + " control", text("[data-trial='picso'] th"));
        assertTrue(text("#trials-note").startsWith("2,000 parallel-group trials of 100 patients per arm drawn from"
                + " 9,994 virtual patients"), text("#trials-note"));

        List<String> problems = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
                .map(LogEntry::getMessage).collect(Collectors.toList());
        assertEquals(List.of(), problems, "browser console warnings or errors (a CSP violation shows here)");

        screenshot(Path.of("target", "screenshots", "dashboard-final.png"));

        // Narrow screen: one column, nothing wider than the viewport.
        driver.manage().window().setSize(new Dimension(400, 900));
        wait.until(page -> ((Number) driver.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;")).intValue() <= 0);
        sleep(300);
        screenshot(Path.of("target", "screenshots", "dashboard-narrow.png"));
    }

    @Test
    void showsABinaryEndpointAsSharesOfPatients() throws IOException {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        Histogram none = new Histogram(-0.5, 1, new long[] {607, 393});
        Histogram some = new Histogram(-0.5, 1, new long[] {694, 306});
        List<ArmSummary> arms = List.of(new ArmSummary("control", 1000, 0.393, 0.489, 0.3632, 0.4236, none),
                new ArmSummary("iabp", 1000, 0.306, 0.461, 0.2782, 0.3353, some));
        List<PairedDifference> diffs = List.of(new PairedDifference("iabp", "control", 1000, -0.087, 0.282, -0.1045,
                -0.0695));
        List<TrialPower> trials = List.of(new TrialPower("iabp", "control", new SimulatedTrials.Result(300, 2000,
                0.05, 0.59, 0.011, -0.088, -0.163, -0.017, 0.076, 1000, false, SimulatedTrials.Method.FISHER_EXACT)));
        server.publish(new RunSnapshot(FakeRun.RUN, "death-30d", "proportion", 1000, 1000, 0, 9.0, 0, true, arms,
                diffs, trials));
        driver.get(server.address().toString());
        wait.until(ExpectedConditions.textToBe(By.id("state-text"), "Final"));
        assertEquals("Death within 30 days, % of patients", text("#endpoint-heading"));
        assertTrue(text("#endpoint-note").startsWith("Share of patients with the event"), text("#endpoint-note"));
        assertEquals("39.3", text("[data-arm='control'] .mean"));
        assertEquals("36.3 to 42.4", text("[data-arm='control'] .ci"));
        assertTrue(text("[data-arm='iabp'] .card-stats").contains("306"), "events: " + text("[data-arm='iabp'] .card-stats"));
        assertEquals("Share of patients by arm", text("#histogram-title"));
        String chart = driver.findElement(By.cssSelector("#histogram svg")).getAttribute("aria-label");
        assertTrue(chart.contains("control: 39.3%") && chart.contains("iabp: 30.6%"), chart);
        assertTrue(text("#forest-note").contains("8.7 percentage points lower"), text("#forest-note"));
        assertTrue(text("#trials-note").contains("Fisher exact test"), text("#trials-note"));
        assertEquals(MINUS + "8.8 % of patients", text("[data-trial='iabp'] td[data-label='Estimate (mean)']"));
        screenshot(Path.of("target", "screenshots", "dashboard-binary.png"));
        driver.manage().window().setSize(new Dimension(400, 900));
        wait.until(page -> ((Number) driver.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;")).intValue() <= 0);
        sleep(300);
        screenshot(Path.of("target", "screenshots", "dashboard-binary-narrow.png"));
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Formats like the page's {@code fmt(x, 1)}: JavaScript's toFixed rounds the exact binary value half up. */
    static String fmt(double x) {
        String s = new BigDecimal(Math.abs(x)).setScale(1, RoundingMode.HALF_UP).toPlainString();
        return x < 0 && new BigDecimal(s).signum() != 0 ? MINUS + s : s;
    }

    private String text(String css) {
        return driver.findElement(By.cssSelector(css)).getText();
    }

    private void screenshot(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        JavascriptExecutor js = driver;
        long height = ((Number) js.executeScript("return document.documentElement.scrollHeight;")).longValue();
        long width = ((Number) js.executeScript("return document.documentElement.scrollWidth;")).longValue();
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
        System.out.println("DashboardBrowserTest: screenshot " + file.toAbsolutePath());
    }

    /**
     * Skips the calling test, with the reason printed, when Debian's chromium or chromedriver is absent; fails it
     * instead when the system property {@code sinus.requireBrowser} is true (CI sets it).
     */
    static void assumeBrowser(String test) {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present) {
            System.out.println(test + " skipped: needs " + CHROMIUM + " and " + CHROMEDRIVER
                    + " (Debian packages chromium and chromium-driver)");
        }
        if (Boolean.getBoolean("sinus.requireBrowser")) {
            Assertions.assertTrue(present, "sinus.requireBrowser is set (as in CI) but chromium or chromedriver is missing");
        }
        Assumptions.assumeTrue(present, "chromium or chromedriver missing");
    }

    static ChromeDriver chrome(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + profile, "--window-size=1400,1000");
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }
}
