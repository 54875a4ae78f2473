package org.koldoo.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.koldoo.platform.security.Role;
import org.koldoo.support.TestAccounts;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A case worker's session ends while she registers a person: saving takes her to the login page,
 * and once logged in she is back on the form with what she had typed, told to check and save it.
 */
class SessionBrowserTests extends BrowserTest {

  @Autowired TestAccounts accounts;

  @Test
  void a_session_ending_during_a_form_loses_nothing_typed() {
    String caseWorker = accounts.create("session-e2e", TestAccounts.MVD, Role.CASE_WORKER);
    session.logIn(caseWorker, TestAccounts.PASSWORD);
    session.open("/cases/new");
    session.find("#givenName").sendKeys("Жылдыз");
    session.find("#familyName").sendKeys("Токтосунова");
    new Select(session.find("#sex")).selectByValue("FEMALE");
    session.click("input[name=vulnerabilityFactors][value=RETURNED_MIGRANT]");

    // the session ends (timed out on the server, or the server restarted)
    session.browser.manage().deleteCookieNamed("JSESSIONID");
    session.click("#person-form button[type=submit]");
    session.wait.until(ExpectedConditions.urlContains("/login?expired"));
    assertThat(session.browser.getPageSource()).doesNotContain("You do not have access");

    session.find("#username").sendKeys(caseWorker);
    session.find("#password").sendKeys(TestAccounts.PASSWORD);
    session.click("#login-form button[type=submit]");
    // a case worker's code from the app comes between the password and the form
    session.wait.until(ExpectedConditions.urlContains("/account/two-factor/code"));
    session.secondFactor(caseWorker);
    session.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("resumed-notice")));
    assertThat(session.browser.getCurrentUrl()).endsWith("/cases/new");
    assertThat(session.find("#givenName").getAttribute("value")).isEqualTo("Жылдыз");
    assertThat(session.find("#familyName").getAttribute("value")).isEqualTo("Токтосунова");
    assertThat(new Select(session.find("#sex")).getFirstSelectedOption().getAttribute("value"))
        .isEqualTo("FEMALE");
    assertThat(
            session.find("input[name=vulnerabilityFactors][value=RETURNED_MIGRANT]").isSelected())
        .isTrue();
    session.screenshot("session-01-form-back");

    // and it saves as if nothing had happened
    session.click("#person-form button[type=submit]");
    session.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("case-number")));
  }
}
