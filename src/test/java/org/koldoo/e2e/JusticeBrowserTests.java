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
 * An MVD investigator registers a forced-labour case under article 170 from an NGO complaint and
 * reclassifies it to a lesser offence; the case appears on the downgrade list.
 */
class JusticeBrowserTests extends BrowserTest {

  @Autowired TestAccounts accounts;

  @Test
  void a_forced_labour_case_is_registered_and_its_downgrade_shows() {
    String investigator = accounts.create("mvd-e2e", TestAccounts.MVD, Role.INVESTIGATOR);
    session.logIn(investigator, TestAccounts.PASSWORD);
    session.click("[data-nav='/justice']");
    session.click("#new-criminal-case");
    String number = "E2E-" + System.nanoTime() % 100000;
    session.find("#registrationNumber").sendKeys(number);
    new Select(session.find("#origin")).selectByValue("NGO_OR_IO_COMPLAINT");
    session.click("input[name=exploitationTypes][value=FORCED_LABOUR]");
    new Select(session.find("#articleId")).selectByValue("10000000-0000-0000-0000-000000000170");
    session.click("#criminal-case-form button[type=submit]");
    session.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("registration-number")));
    assertThat(session.find("#registration-number").getText()).isEqualTo(number);
    assertThat(session.find("#current-article").getText()).endsWith("170");

    new Select(session.find("#type")).selectByValue("RECLASSIFIED");
    // the form shows what a reclassification asks for, not a sentence's or a payment's fields
    assertThat(session.find("#months").isDisplayed()).isFalse();
    assertThat(session.find("#amount").isDisplayed()).isFalse();
    new Select(session.find("#articleTo")).selectByValue("20000000-0000-0000-0000-000000000004");
    session.find("#note").sendKeys("coercion not proven");
    session.screenshot("justice-01-reclassify");
    session.click("#event-form button[type=submit]");
    session.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("downgraded")));
    assertThat(session.find("#current-article").getText()).endsWith("FRAUD");

    session.open("/justice/downgrades");
    assertThat(session.find("#downgrades").getText()).contains(number);
    session.screenshot("justice-02-downgrades");
  }
}
