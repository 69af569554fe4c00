package com.brokerage.passwordcenter.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's {@code chromium} driven by its {@code chromium-driver}, headless, with a fresh
 * profile; it accepts the test server's self-signed certificate and asks for zh-TW pages,
 * as a customer's browser in Taiwan does. No browser is downloaded: when none is
 * installed the test is skipped with a message, except in CI ({@code CI=true}), where
 * that is a failure.
 */
public final class HeadlessChromium implements AutoCloseable {

	/**
	 * {@code -Dscreenshots=true} writes screenshots of the pages into docs/screenshots.
	 */
	public static final boolean SCREENSHOTS = Boolean.getBoolean("screenshots");

	private static final Path SCREENSHOT_DIRECTORY = Path.of("docs", "screenshots");

	private static final List<String> BROWSERS = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser");

	private static final List<String> DRIVERS = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");

	private final ChromeDriver driver;

	/**
	 * {@code @ExtendWith(HeadlessChromium.Installed.class)}: a test class without a
	 * browser is reported as skipped, with the reason, before its application starts.
	 */
	public static final class Installed implements ExecutionCondition {

		@Override
		public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
			return missing().map(ConditionEvaluationResult::disabled)
				.orElseGet(() -> ConditionEvaluationResult.enabled("chromium and chromium-driver installed"));
		}

	}

	private final Path profile;

	private HeadlessChromium(ChromeDriver driver, Path profile) {
		this.driver = driver;
		this.profile = profile;
	}

	/**
	 * Why the browser tests cannot run here, or empty when they can.
	 * @throws IllegalStateException in CI ({@code CI=true}), where they must run
	 */
	public static Optional<String> missing() {
		Optional<Path> browser = find("CHROME_BIN", BROWSERS);
		Optional<Path> driver = find("CHROMEDRIVER", DRIVERS);
		if (browser.isPresent() && driver.isPresent()) {
			return Optional.empty();
		}
		String message = "Browser tests need Debian's chromium and chromium-driver "
				+ "(apt-get install -y chromium chromium-driver); found browser " + browser.orElse(null) + ", driver "
				+ driver.orElse(null);
		if ("true".equalsIgnoreCase(System.getenv("CI"))) {
			throw new IllegalStateException(message + " — CI must run them");
		}
		return Optional.of(message + " — skipped");
	}

	/**
	 * Starts the browser, or skips the test (fails it in CI) when none is installed.
	 */
	public static HeadlessChromium start() {
		missing().ifPresent(Assumptions::abort);
		Path browser = find("CHROME_BIN", BROWSERS).orElseThrow();
		Path driver = find("CHROMEDRIVER", DRIVERS).orElseThrow();
		try {
			Path profile = Files.createTempDirectory("chromium-profile");
			ChromeOptions options = new ChromeOptions();
			options.setBinary(browser.toFile());
			options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
					"--user-data-dir=" + profile, "--ignore-certificate-errors", "--lang=zh-TW",
					"--window-size=1024,900");
			options.setAcceptInsecureCerts(true);
			options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-TW,zh"));
			LoggingPreferences logs = new LoggingPreferences();
			logs.enable(LogType.BROWSER, Level.ALL);
			options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
			ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile())
				.usingAnyFreePort()
				.build();
			ChromeDriver chrome = new ChromeDriver(service, options);
			chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
			return new HeadlessChromium(chrome, profile);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public ChromeDriver driver() {
		return this.driver;
	}

	/** Whether the page fits the window's width, i.e. nothing scrolls sideways. */
	public boolean fitsWidth() {
		Object fits = ((JavascriptExecutor) this.driver)
			.executeScript("return document.documentElement.scrollWidth <= window.innerWidth;");
		return Boolean.TRUE.equals(fits);
	}

	public void resize(int width, int height) {
		this.driver.manage().window().setSize(new Dimension(width, height));
	}

	/**
	 * With {@code -Dscreenshots=true}: the whole page as
	 * {@code docs/screenshots/<language>/<name>.png}.
	 */
	public void screenshot(String language, String name) {
		screenshot(language, name, null);
	}

	/**
	 * With {@code -Dscreenshots=true}: one element of the page (the whole page when
	 * {@code null}) as {@code docs/screenshots/<directory>/<name>.png}.
	 */
	public void screenshot(String directory, String name, By element) {
		if (!SCREENSHOTS) {
			return;
		}
		Dimension before = this.driver.manage().window().getSize();
		try {
			Number height = (Number) ((JavascriptExecutor) this.driver)
				.executeScript("return document.documentElement.scrollHeight;");
			resize(before.getWidth(), Math.max(before.getHeight(), height.intValue() + 140));
			Path file = SCREENSHOT_DIRECTORY.resolve(directory).resolve(name + ".png");
			Files.createDirectories(file.getParent());
			Files.write(file, (element != null) ? this.driver.findElement(element).getScreenshotAs(OutputType.BYTES)
					: this.driver.getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			this.driver.manage().window().setSize(before);
		}
	}

	/** A wait that looks again when the page re-rendered the element it held. */
	public WebDriverWait waiting(int seconds) {
		WebDriverWait wait = new WebDriverWait(this.driver, Duration.ofSeconds(seconds));
		wait.ignoring(StaleElementReferenceException.class);
		return wait;
	}

	/** Waits (up to a minute) until the element is clickable, then presses it. */
	public void click(By element) {
		press(waiting(60).until(ExpectedConditions.elementToBeClickable(element)));
	}

	/**
	 * Scrolled to the middle of the window first, clear of fixed headers and footers (the
	 * Camunda webapps have both).
	 */
	public void press(WebElement element) {
		((JavascriptExecutor) this.driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
		element.click();
	}

	/**
	 * The page's HTML as {@code target/<name>.html} and the browser's console as
	 * {@code target/<name>.console.txt}, for whoever reads a failure.
	 */
	public void dump(String name) {
		try {
			Files.writeString(Path.of("target", name + ".html"), this.driver.getPageSource());
			StringBuilder console = new StringBuilder();
			this.driver.manage()
				.logs()
				.get(LogType.BROWSER)
				.forEach((entry) -> console.append(entry).append(System.lineSeparator()));
			Files.writeString(Path.of("target", name + ".console.txt"), console);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** {@link #screenshot} when the browser runs at all (a skipped test has none). */
	public static void screenshotIf(HeadlessChromium chromium, String language, String name) {
		if (chromium != null) {
			chromium.screenshot(language, name);
		}
	}

	@Override
	public void close() {
		this.driver.quit();
		try (var files = Files.walk(this.profile)) {
			files.sorted(java.util.Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
		catch (IOException ex) {
			// a temporary profile left behind is harmless
		}
	}

	private static Optional<Path> find(String variable, List<String> candidates) {
		String configured = System.getenv(variable);
		if (configured != null && !configured.isBlank()) {
			return Optional.of(Path.of(configured)).filter(Files::isExecutable);
		}
		return candidates.stream().map(Path::of).filter(Files::isExecutable).findFirst();
	}

}
