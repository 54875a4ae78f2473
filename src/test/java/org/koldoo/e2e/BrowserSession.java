package org.koldoo.e2e;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's chromium, headless, driven by chromium-driver from the system (never downloaded). Paths
 * can be changed with KOLDOO_CHROMIUM and KOLDOO_CHROMEDRIVER.
 */
final class BrowserSession implements AutoCloseable {

  final WebDriver browser;
  final WebDriverWait wait;
  private final int port;

  BrowserSession(int port) {
    this.port = port;
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(binary("KOLDOO_CHROMEDRIVER", "/usr/bin/chromedriver")))
            .usingAnyFreePort()
            .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(binary("KOLDOO_CHROMIUM", "/usr/bin/chromium"));
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1366,768",
        "--lang=en");
    browser = new ChromeDriver(service, options);
    wait = new WebDriverWait(browser, Duration.ofSeconds(10));
  }

  /** Cuts the browser off the network, as a dropped mobile connection does, or reconnects it. */
  void offline(boolean cut) {
    var driver = (ChromeDriver) browser;
    driver.executeCdpCommand("Network.enable", java.util.Map.of());
    driver.executeCdpCommand(
        "Network.emulateNetworkConditions",
        java.util.Map.of(
            "offline", cut, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
  }

  /** Makes requests to addresses matching these patterns fail, as a lost one does; none: all go. */
  void block(String... patterns) {
    var driver = (ChromeDriver) browser;
    driver.executeCdpCommand("Network.enable", java.util.Map.of());
    driver.executeCdpCommand("Network.setBlockedURLs", java.util.Map.of("urls", List.of(patterns)));
  }

  void open(String path) {
    browser.get("http://localhost:" + port + path);
  }

  /** The authenticator app of each person who set one up in this session, and its last code. */
  private final java.util.Map<String, String> secrets = new java.util.HashMap<>();

  private final java.util.Map<String, Long> lastSteps = new java.util.HashMap<>();

  /**
   * Logs in as a person would, second factor included: a person whose role requires one sets it up
   * at the first sign-in (reading the key off the page as an app would) and types the app's code at
   * the next ones.
   */
  void logIn(String username, String password) {
    logInWithPassword(username, password);
    secondFactor(username);
  }

  /** The second step of a sign-in, on whichever page of it the browser is: set-up or code. */
  void secondFactor(String username) {
    String path = java.net.URI.create(browser.getCurrentUrl()).getPath();
    if (path.equals("/account/two-factor")) {
      click("#set-up");
      waitForPage();
      String secret = find("#secret").getAttribute("data-secret");
      secrets.put(username, secret);
      lastSteps.put(username, Long.MIN_VALUE);
      typeCode(username);
      waitForPage();
      find("#recovery-codes");
      click("#continue");
      waitForPage();
    } else if (path.equals("/account/two-factor/code")) {
      typeCode(username);
      waitForPage();
    }
  }

  /** The app's code of a step after the last one used (a code is never taken twice). */
  private void typeCode(String username) {
    long now = org.koldoo.organisations.internal.TwoFactorCodes.step(java.time.Instant.now());
    // the current step rather than the one before: the server may check it in the next one
    long step = Math.max(now, lastSteps.get(username) + 1);
    while (step > now + 1) {
      sleep(Duration.ofSeconds(5));
      now = org.koldoo.organisations.internal.TwoFactorCodes.step(java.time.Instant.now());
    }
    lastSteps.put(username, step);
    WebElement code = find("#code");
    code.sendKeys(
        org.koldoo.organisations.internal.TwoFactorCodes.codeOfStep(secrets.get(username), step));
    // the button of the form the code is typed into, not any other on the page
    WebElement submit = code.findElement(By.xpath("ancestor::form//button[@type='submit']"));
    submit.click();
    wait.until(page -> gone(submit));
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Whether the element has left the page: Selenium's {@code stalenessOf}, and also when Chrome
   * answers for a node of the page just left with an inspector error ("Node with given id does not
   * belong to the document") rather than a stale-element one — seen once in a CI run, failing a
   * sign-in that had worked.
   */
  private static boolean gone(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (StaleElementReferenceException e) {
      return true;
    } catch (WebDriverException e) {
      if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
        return true;
      }
      throw e;
    }
  }

  private void waitForPage() {
    wait.until(
        page ->
            "complete"
                .equals(((JavascriptExecutor) page).executeScript("return document.readyState")));
  }

  private void logInWithPassword(String username, String password) {
    browser.manage().deleteAllCookies();
    open("/login?lang=en");
    browser.findElement(By.id("username")).sendKeys(username);
    browser.findElement(By.id("password")).sendKeys(password);
    WebElement submit = browser.findElement(By.cssSelector("#login-form button[type=submit]"));
    submit.click();
    // the next page, not the login form still on screen while the server answers
    wait.until(page -> gone(submit));
    wait.until(
        page ->
            "complete"
                .equals(((JavascriptExecutor) page).executeScript("return document.readyState")));
  }

  /**
   * The element, waited for (up to the session's wait): what the next page shows may not be there
   * yet the moment a click on a link or a submit button returns.
   */
  WebElement find(String css) {
    return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
  }

  /**
   * Scrolls the element to the middle of the window first, as a person would; a screen inside an
   * area of the navigation is reached by opening the area first.
   */
  void click(String css) {
    WebElement element = find(css);
    if (!element.isDisplayed()
        && !element
            .findElements(By.xpath("ancestor::li[contains(@class, 'dropdown')]"))
            .isEmpty()) {
      element
          .findElement(By.xpath("ancestor::li[contains(@class, 'dropdown')]"))
          .findElement(By.cssSelector(".dropdown-toggle"))
          .click();
      wait.until(ExpectedConditions.visibilityOf(element));
    }
    ((org.openqa.selenium.JavascriptExecutor) browser)
        .executeScript(
            "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
    element.click();
  }

  List<String> navigation() {
    // the label only (not the badge), also of screens inside an area not opened
    return browser.findElements(By.cssSelector("[data-nav] > span:first-child")).stream()
        .map(label -> label.getAttribute("textContent").strip())
        .toList();
  }

  /** Keeps a picture of the page under target/screenshots, for people reviewing a run. */
  void screenshot(String name) {
    try {
      Path dir = Path.of("target", "screenshots");
      Files.createDirectories(dir);
      Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
      Files.copy(
          shot, dir.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } catch (Exception e) {
      // a missing screenshot must not fail the test it illustrates
    }
  }

  @Override
  public void close() {
    browser.quit();
  }

  private static String binary(String variable, String fallback) {
    String configured = System.getenv(variable);
    return configured == null || configured.isBlank() ? fallback : configured;
  }
}
