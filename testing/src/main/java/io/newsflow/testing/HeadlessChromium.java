package io.newsflow.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium, headless, driven through its own chromedriver by Selenium: the real browser the web pages are
 * tested and photographed in. Both come from apt ({@code .ci/run} installs {@code chromium} and
 * {@code chromium-driver}); the browser and the driver are named here, so Selenium Manager never runs and nothing is
 * downloaded. Each browser gets a fresh profile, deleted on {@link #close()}, and no network of its own (no sync,
 * updates or background fetches), so a test sees only the pages it loads.
 *
 * <p>Where the browser is not installed the test is skipped on a developer's machine, but fails under {@code CI=true}:
 * CI must never go green without having run the browser tests.
 */
public final class HeadlessChromium implements AutoCloseable {

    public static final Path BROWSER = Path.of("/usr/bin/chromium");
    public static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private final Path profile;
    private final ChromeDriver driver;

    private HeadlessChromium(Path profile, ChromeDriver driver) {
        this.profile = profile;
        this.driver = driver;
    }

    /** A browser whose window is {@code width} x {@code height} CSS pixels, with JavaScript on or off. */
    public static HeadlessChromium start(boolean javascript, int width, int height) {
        for (Path tool : List.of(BROWSER, DRIVER)) {
            if (!Files.isExecutable(tool)) {
                String reason = tool + " is not installed (apt-get install chromium chromium-driver)";
                if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                    throw new IllegalStateException(reason + " (CI=true: browser tests must run, not skip)");
                }
                Assumptions.abort(reason);
            }
        }
        Path profile;
        try {
            profile = Files.createTempDirectory("newsflow-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var options = new ChromeOptions().setBinary(BROWSER.toFile()).addArguments("--headless=new", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile,
                "--window-size=" + width + "," + height);
        if (!javascript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        var service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort()
                .withLogOutput(OutputStream.nullOutputStream()).build();
        try {
            return new HeadlessChromium(profile, new ChromeDriver(service, options));
        } catch (RuntimeException e) {
            delete(profile);
            throw e;
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** The whole page as now shown, not only the window's part of it, written to {@code png}. */
    @SuppressWarnings("unchecked")
    public void screenshot(Path png) {
        var metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        var size = (Map<String, Number>) metrics.get("cssContentSize");
        var shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", size.get("width"),
                        "height", size.get("height"), "scale", 1)));
        try {
            Files.createDirectories(png.toAbsolutePath().getParent());
            Files.write(png, Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            delete(profile);
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
