package org.sinus.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The patient page in real headless Chromium, under the server's Content-Security-Policy, showing real kernel traces
 * ({@link FakePatient}): the four plots render (SVG paths, axis titles with units, shaded occlusions), the arm tabs
 * switch the view, and the console stays clean. Leaves {@code target/screenshots/patient.png}.
 *
 * <p>Skipped, with the reason printed, when {@code /usr/bin/chromium} or {@code /usr/bin/chromedriver} is absent,
 * unless the system property {@code sinus.requireBrowser} is true (CI sets it), when that is a failure.
 */
@Timeout(120)
class PatientPageBrowserTest {

    private DashboardServer server;
    private ChromeDriver driver;
    private Path profile;

    @BeforeEach
    void start() throws IOException {
        DashboardBrowserTest.assumeBrowser("PatientPageBrowserTest");
        server = DashboardServer.start(DashboardOptions.loopback());
        profile = Files.createTempDirectory("sinus-chromium-");
        driver = DashboardBrowserTest.chrome(profile);
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
    void drawsPressuresLoopsCycleAndFlows() throws IOException {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        driver.get(server.patientAddress().toString());
        assertEquals("Waiting for the patient's traces…", driver.findElement(By.id("patient-name")).getText());

        server.publishPatient(FakePatient.traces()); // the page polls until traces are published
        wait.until(ExpectedConditions.textToBe(By.id("patient-name"), "Patient 22"));
        assertEquals("picso", driver.findElement(By.cssSelector(".tab[aria-selected='true']")).getText());
        assertEquals(2, driver.findElements(By.cssSelector("#summary tbody tr")).size());

        // Paths: 3 pressures of picso and 3 of control; a loop per arm; the CS trace; 2 layers.
        for (Map.Entry<String, Integer> chart : Map.of("pressures", 6, "loop", 2, "cycle", 1, "flows", 2).entrySet()) {
            List<WebElement> paths = driver.findElements(By.cssSelector("#" + chart.getKey() + " svg path"));
            assertTrue(paths.size() >= chart.getValue(), chart + ": " + paths.size() + " paths");
            assertTrue(paths.stream().allMatch(p -> p.getAttribute("d").length() > 20), chart.getKey() + ": empty path");
        }
        assertEquals(List.of("Time, s", "LV and aortic, mmHg", "CS, mmHg"), titles("pressures"));
        assertEquals(List.of("LV volume, ml", "LV pressure, mmHg"), titles("loop"));
        assertEquals(List.of("Time, s", "CS pressure, mmHg"), titles("cycle"));
        assertEquals(List.of("Time, s", "Flow, ml/min per g of layer"), titles("flows"));
        assertTrue(driver.findElements(By.cssSelector("#pressures .occlusion-band")).size() >= 1);
        assertTrue(driver.findElements(By.cssSelector("#cycle .occlusion-band")).size() >= 1);
        assertTrue(driver.findElements(By.cssSelector("#cycle circle")).size() >= 8, "beat peaks");
        screenshot(Path.of("target", "screenshots", "patient.png"));

        // The page may redraw its tabs (a resize after the screenshot) between finding one and clicking it: retry.
        wait.ignoring(StaleElementReferenceException.class).until(d -> {
            d.findElement(By.cssSelector(".tab[data-arm='control']")).click();
            return true;
        });
        wait.ignoring(StaleElementReferenceException.class).until(d -> "true".equals(
                d.findElement(By.cssSelector(".tab[data-arm='control']")).getAttribute("aria-selected")));
        assertEquals(0, driver.findElements(By.cssSelector("#pressures .occlusion-band")).size());
        assertTrue(driver.findElements(By.cssSelector("#loop svg path")).size() >= 2);
        screenshot(Path.of("target", "screenshots", "patient-control.png"));

        List<String> problems = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
                .map(LogEntry::getMessage).collect(Collectors.toList());
        assertEquals(List.of(), problems, "browser console warnings or errors (a CSP violation shows here)");
    }

    /** The axis titles of a chart, x first then y, as the page orders them. */
    private List<String> titles(String chart) {
        List<String> t = driver.findElements(By.cssSelector("#" + chart + " .axis-title")).stream()
                .map(WebElement::getText).collect(Collectors.toList());
        // Drawn y titles first, then the x title; report the x title first.
        t.add(0, t.remove(t.size() - 1));
        return t;
    }

    private void screenshot(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        long height = ((Number) driver.executeScript("return document.documentElement.scrollHeight;")).longValue();
        long width = ((Number) driver.executeScript("return document.documentElement.scrollWidth;")).longValue();
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
        System.out.println("PatientPageBrowserTest: screenshot " + file.toAbsolutePath());
    }
}
