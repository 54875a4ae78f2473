package org.koldoo.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser (Debian's chromium, headless, driven by chromium-driver) through the front door:
 * the language switch, logging in, an administrator creating an investigator, and that
 * investigator's first login.
 */
class KoldooBrowserTests extends BrowserTest {

  private WebDriver browser;
  private WebDriverWait wait;

  @BeforeEach
  void loggedOut() {
    browser = session.browser;
    wait = session.wait;
    browser.manage().deleteAllCookies();
  }

  @Test
  void the_login_page_switches_between_kyrgyz_russian_and_english() {
    open("/login");
    browser.findElement(By.cssSelector("[data-lang=ky]")).click();
    assertThat(label("username")).isEqualTo("Колдонуучунун аты");
    assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ky");
    browser.findElement(By.cssSelector("[data-lang=ru]")).click();
    assertThat(label("username")).isEqualTo("Имя пользователя");
    // the choice sticks when the page is opened again
    open("/login");
    assertThat(label("username")).isEqualTo("Имя пользователя");
    browser.findElement(By.cssSelector("[data-lang=en]")).click();
    assertThat(label("username")).isEqualTo("Username");
  }

  @Test
  void a_wrong_password_is_explained() {
    logIn("admin", "not-the-password-1");
    assertThat(browser.findElement(By.cssSelector(".alert-danger")).getText())
        .contains("Wrong username or password");
  }

  @Test
  void an_administrator_creates_an_investigator_who_sees_only_investigator_screens() {
    logIn("admin", ADMIN_PASSWORD);
    assertThat(navigation()).contains("Organisations", "Users", "Audit trail");

    session.click("[data-nav='/admin/users']");
    browser.findElement(By.id("new-user")).click();
    String username = "investigator" + System.nanoTime() % 100000;
    browser.findElement(By.id("username")).sendKeys(username);
    browser.findElement(By.id("fullName")).sendKeys("Айгүл Токтогулова");
    new Select(browser.findElement(By.id("organisationId")))
        .selectByVisibleText("MVD — Ministry of Internal Affairs");
    browser.findElement(By.cssSelector("input[name=roles][value=INVESTIGATOR]")).click();
    browser.findElement(By.id("temporaryPassword")).sendKeys("Temporary-2026-pw");
    browser.findElement(By.cssSelector("#user-form button[type=submit]")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("temporary-password")));
    assertThat(browser.findElement(By.id("temporary-password")).getText())
        .isEqualTo("Temporary-2026-pw");
    assertThat(browser.findElement(By.id("edited-username")).getText()).isEqualTo(username);

    browser.findElement(By.cssSelector("form[action='/logout'] button")).click();
    logIn(username, "Temporary-2026-pw");
    wait.until(ExpectedConditions.urlContains("/account/password"));
    browser.findElement(By.id("currentPassword")).sendKeys("Temporary-2026-pw");
    browser.findElement(By.id("newPassword")).sendKeys("Investigator-own-77");
    browser.findElement(By.id("repeat")).sendKeys("Investigator-own-77");
    browser.findElement(By.cssSelector("main form button[type=submit]")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("home-roles")));
    assertThat(browser.findElement(By.id("home-roles")).getText()).isEqualTo("Investigator");
    assertThat(browser.findElement(By.id("home-organisation")).getText())
        .isEqualTo("Ministry of Internal Affairs");
    assertThat(navigation())
        .containsExactly("Home", "Cases", "Referrals", "Criminal cases", "Import", "Notifications");
    open("/admin/users");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Something went wrong");
  }

  @Test
  void forms_are_usable_from_the_keyboard() {
    open("/login");
    WebElement username = browser.findElement(By.id("username"));
    assertThat(browser.switchTo().activeElement()).isEqualTo(username);
    username.sendKeys("admin");
    username.sendKeys(org.openqa.selenium.Keys.TAB);
    browser.switchTo().activeElement().sendKeys(ADMIN_PASSWORD);
    browser.switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ENTER);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("home-roles")));
    assertThat(navigation()).contains("Users");
  }

  private void logIn(String username, String password) {
    session.logIn(username, password);
  }

  private List<String> navigation() {
    return session.navigation();
  }

  private String label(String field) {
    return browser.findElement(By.cssSelector("label[for=" + field + "]")).getText();
  }

  private void open(String path) {
    session.open(path);
  }
}
