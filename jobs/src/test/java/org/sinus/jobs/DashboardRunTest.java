package org.sinus.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real run with its dashboard, in real headless Chromium: {@code sinus run --serve} on 480 patients
 * (Spark {@code local[2]}); the page opened at the printed address receives live progress while the job runs, and
 * once final shows exactly the numbers of {@code summary.json}. Skipped, with the reason, when Debian's
 * {@code chromium} or {@code chromium-driver} is not installed, unless {@code sinus.requireBrowser} is true ({@code
 * .ci/run} installs both and sets it).
 */
@Timeout(240)
class DashboardRunTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Pattern ADDRESS = Pattern.compile("Dashboard: (http://\\S+)");

    @Test
    void liveDashboardEndsOnTheSummaryFile(@TempDir Path dir) throws Exception {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (Boolean.getBoolean("sinus.requireBrowser")) {
            assertTrue(present, "sinus.requireBrowser is set (as in CI) but chromium or chromedriver is missing");
        }
        Assumptions.assumeTrue(present, "chromium or chromedriver missing (apt-get install chromium chromium-driver)");
        String previousMaster = System.setProperty("spark.master", "local[2]");
        Path scenario = dir.resolve("live.yaml");
        Files.writeString(scenario, """
                name: Dashboard end-to-end (480 patients)
                description: jobs test of the live dashboard
                seed: 4242
                cohort: {type: anterior-stemi, size: 480}
                arms:
                  - {name: control, device: none}
                  - {name: picso, device: picso}
                run: {partitions: 24}
                dashboard: {enabled: true, host: 127.0.0.1, port: 0}
                """);
        Path out = dir.resolve("out");
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(stdout, true, StandardCharsets.UTF_8);
        Thread run = new Thread(() -> SinusMain.execute(new String[] {"run", scenario.toString(), "--output",
            out.toString(), "--serve"}, o, new PrintStream(stderr, true, StandardCharsets.UTF_8), false), "sinus-run");
        Path profile = Files.createTempDirectory("sinus-chromium-");
        ChromeDriver driver = null;
        try {
            // The browser is up before the run starts, and records every progress text the page shows from its
            // first script on (installed before the page's own scripts), so a fast run cannot outrun the test.
            driver = chrome(profile);
            driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                    "window.seenProgress = [];"
                    + "document.addEventListener('DOMContentLoaded', () => {"
                    + "  const el = document.getElementById('progress-text');"
                    + "  new MutationObserver(() => window.seenProgress.push(el.textContent))"
                    + "    .observe(el, {childList: true, characterData: true, subtree: true});"
                    + "});"));
            run.start();
            String address = awaitAddress(stdout, stderr);
            driver.get(address);
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(180));
            wait.until(ExpectedConditions.textToBe(By.id("state-text"), "Final"));
            @SuppressWarnings("unchecked")
            List<String> seen = (List<String>) driver.executeScript("return window.seenProgress;");
            assertTrue(seen.stream().anyMatch(s -> s.matches("[0-9,]+ / 480") && !s.startsWith("480 ")),
                    "no live update before the end: " + seen);

            JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
            for (JsonNode arm : summary.get("arms")) {
                String card = "[data-arm='" + arm.get("arm").asText() + "'] ";
                assertEquals(fmt(arm.get("mean").asDouble()), text(driver, card + ".mean"));
                assertEquals(fmt(arm.get("ciLow").asDouble()) + " to " + fmt(arm.get("ciHigh").asDouble()),
                        text(driver, card + ".ci"));
            }
            JsonNode d = summary.get("differences").get(0);
            assertEquals(fmt(d.get("mean").asDouble()), text(driver, "[data-difference='picso'] .mean"));
            screenshot(driver, Path.of("target", "screenshots", "run-final.png"));
        } finally {
            if (driver != null) {
                driver.quit();
            }
            run.interrupt();
            run.join(30_000);
            if (previousMaster == null) {
                System.clearProperty("spark.master");
            } else {
                System.setProperty("spark.master", previousMaster);
            }
            try (var files = Files.walk(profile)) { // the browser profile is the test's to clean up
                files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(java.io.File::delete);
            } catch (java.io.IOException | java.io.UncheckedIOException e) {
                System.err.println("could not remove the browser profile " + profile + ": " + e);
            }
        }
    }

    private static String awaitAddress(ByteArrayOutputStream stdout, ByteArrayOutputStream stderr)
            throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            Matcher m = ADDRESS.matcher(stdout.toString(StandardCharsets.UTF_8));
            if (m.find()) {
                return m.group(1);
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no dashboard address printed; stderr: " + stderr.toString(StandardCharsets.UTF_8));
    }

    /** The page's number format: one decimal, JavaScript's toFixed on the exact binary value, a true minus sign. */
    private static String fmt(double x) {
        String s = new BigDecimal(Math.abs(x)).setScale(1, RoundingMode.HALF_UP).toPlainString();
        return x < 0 && new BigDecimal(s).signum() != 0 ? "\u2212" + s : s;
    }

    private static String text(ChromeDriver driver, String css) {
        return driver.findElement(By.cssSelector(css)).getText();
    }

    private static void screenshot(ChromeDriver driver, Path file) throws java.io.IOException {
        Files.createDirectories(file.getParent());
        long height = ((Number) driver.executeScript("return document.documentElement.scrollHeight;")).longValue();
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", 1400, "height", height,
                        "scale", 1)));
        Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
    }

    private static ChromeDriver chrome(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + profile, "--window-size=1400,1000");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }
}
