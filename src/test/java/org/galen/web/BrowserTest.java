package org.galen.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.javalin.Javalin;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser (Debian's chromium, driven through /usr/bin/chromedriver; nothing downloaded)
 * against the real server: ask, read the article and its references, switch to the patient
 * audience, follow up, open a citation's source. Screenshots go to {@code target/screenshots/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserTest {
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private TestBackend fixture;
  private Javalin app;
  private ChromeDriver browser;
  private String base;

  @BeforeAll
  void start(@TempDir Path dataDir, @TempDir Path profile) throws Exception {
    assumeTrue(Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM),
        "skipped: browser tests need Debian's chromium and chromium-driver (apt-get install -y chromium chromium-driver; "
            + ".ci/run installs them)");
    fixture = TestBackend.open(dataDir);
    app = WebServer.create(fixture.backend, new WebOptions("127.0.0.1", 0, 0, WebOptions.DEFAULT_MAX_REQUEST_BYTES),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)).start("127.0.0.1", 0);
    base = "http://127.0.0.1:" + app.port();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--user-data-dir=" + profile, "--window-size=1280,1600");
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterAll
  void stop() throws Exception {
    if (browser != null) {
      browser.quit();
    }
    if (app != null) {
      app.stop();
    }
    if (fixture != null) {
      fixture.close();
    }
  }

  @Test
  void askReadSwitchAudienceFollowUpAndOpenASource() throws Exception {
    browser.get(base + "/");
    browser.findElement(By.id("question")).sendKeys("What is the treatment for acute otitis media?");
    new Select(browser.findElement(By.id("audience"))).selectByValue("physician");
    browser.findElement(By.id("ask-button")).click();

    waitFor(By.id("article-title"));
    assertThat(browser.findElement(By.id("article-title")).getText()).isEqualTo("What is the treatment for acute otitis media?");
    assertThat(browser.findElement(By.id("ref-1")).getText()).contains("Guideline").contains("Acute Otitis Media");
    assertThat(browser.findElement(By.cssSelector(".tracker li.current")).getText()).isEqualTo("Submitted");
    assertThat(browser.findElement(By.cssSelector(".meta")).getText()).contains("pending human review");
    assertThat(browser.findElement(By.id("disclaimer")).getText()).contains("not a substitute for clinical judgement");
    assertThat(browser.findElements(By.cssSelector("table.doses tbody tr"))).isNotEmpty();
    // Beside its fields, each dose shows the source's own line.
    assertThat(browser.findElements(By.cssSelector("table.doses td.dose-line"))).isNotEmpty()
        .allSatisfy(line -> assertThat(line.getText()).isNotBlank());
    assertThat(browser.findElement(By.cssSelector("table.doses")).getText())
        .contains("Amoxicillin - Adult: 500 mg -1 g orally 8 hourly for 5 - 7 days");
    screenshot("article-physician.png");

    new Select(browser.findElement(By.cssSelector("form.audience select"))).selectByValue("patient");
    clickThroughToANewArticle(By.id("audience-button"));
    assertThat(new Select(browser.findElement(By.cssSelector("form.audience select"))).getFirstSelectedOption()
        .getAttribute("value")).isEqualTo("patient");
    assertThat(browser.findElement(By.id("disclaimer")).getText()).contains("not medical advice");
    screenshot("article-patient.png");

    browser.findElement(By.id("follow-up")).sendKeys("and in children?");
    clickThroughToANewArticle(By.id("follow-up-button"));
    assertThat(browser.findElement(By.id("article-title")).getText()).isEqualTo("and in children?");
    assertThat(browser.findElement(By.cssSelector(".resolved")).getText()).containsIgnoringCase("otitis media");

    WebElement firstStatement = browser.findElement(By.cssSelector(".section li"));
    String statement = firstStatement.getText().replaceAll("\\s*\\[\\d+\\](\\s*source)?$", "").replaceAll(" \\[\\d+\\]", "");
    firstStatement.findElement(By.cssSelector("a.cite")).click();
    assertThat(browser.getCurrentUrl()).contains("#ref-");
    firstStatement.findElement(By.cssSelector("a.src")).click();
    waitFor(By.id("cited"));
    assertThat(browser.findElement(By.id("cited")).getText()).isEqualTo(statement);
    screenshot("source.png");

    browser.manage().window().setSize(new Dimension(375, 1600));
    browser.navigate().back();
    waitFor(By.id("article-title"));
    Object overflow = ((JavascriptExecutor) browser).executeScript(
        "return document.documentElement.scrollWidth > window.innerWidth + 1;");
    assertThat(overflow).as("the article fits 375 px without horizontal scrolling").isEqualTo(false);
    screenshot("article-375px.png");
  }

  @Test
  void aReviewerSignsInAndApprovesAnArticleAndThePendingNoticeDisappears() throws Exception {
    String token = fixture.backend.editorial().users().add("dr-browser", org.galen.editorial.Role.REVIEWER, 1, "test");
    String id = fixture.backend.articles().ask(new org.galen.answer.Question("What are the symptoms of malaria?"),
        org.galen.answer.Audience.PHYSICIAN, java.util.Optional.empty(), true).id();

    browser.get(base + "/signin");
    browser.findElement(By.id("token")).sendKeys(token);
    browser.findElement(By.id("signin-button")).click();
    waitFor(By.cssSelector("table.queue"));
    assertThat(browser.findElement(By.cssSelector("table.queue")).getText()).contains("What are the symptoms of malaria?");

    browser.get(base + "/articles/" + id);
    waitFor(By.id("pending-notice"));
    browser.findElement(By.id("review-comment")).sendKeys("taking it");
    browser.findElement(By.id("move-UNDER_REVIEW")).click();
    waitFor(By.id("move-APPROVED"));
    assertThat(browser.findElement(By.cssSelector(".tracker li.current")).getText()).isEqualTo("Under Review");
    browser.findElement(By.id("review-comment")).sendKeys("matches the guideline");
    browser.findElement(By.id("move-APPROVED")).click();
    waitFor(By.id("approval"));

    assertThat(browser.findElements(By.id("pending-notice"))).isEmpty();
    assertThat(browser.findElement(By.id("approval")).getText()).contains("Approved by dr-browser");
    assertThat(browser.findElement(By.cssSelector(".tracker li.current")).getText()).isEqualTo("Approved");
    assertThat(browser.findElement(By.cssSelector(".history")).getText()).contains("matches the guideline");
    screenshot("article-approved.png");
  }

  /**
   * Clicks a button that loads another article page and waits for that page: the old page's title
   * goes stale first, so a check never reads the page being left.
   */
  private void clickThroughToANewArticle(By button) {
    WebElement before = browser.findElement(By.id("article-title"));
    browser.findElement(button).click();
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> isGone(before));
    waitFor(By.id("article-title"));
  }

  /**
   * Whether an element left the document. Chromedriver reports a node of a page being replaced
   * either as stale or, caught mid-navigation, as a node that "does not belong to the document":
   * both mean it is gone.
   */
  private static boolean isGone(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (org.openqa.selenium.StaleElementReferenceException stale) {
      return true;
    } catch (org.openqa.selenium.WebDriverException detached) {
      if (String.valueOf(detached.getMessage()).contains("does not belong to the document")) {
        return true;
      }
      throw detached;
    }
  }

  private void waitFor(By locator) {
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> !driver.findElements(locator).isEmpty());
  }

  private void screenshot(String name) throws Exception {
    Object height = ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollHeight;");
    Dimension size = browser.manage().window().getSize();
    browser.manage().window().setSize(new Dimension(size.getWidth(), Math.min(8000, ((Number) height).intValue() + 150)));
    File shot = browser.getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    browser.manage().window().setSize(size);
  }
}
