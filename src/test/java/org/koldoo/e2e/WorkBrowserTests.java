package org.koldoo.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.koldoo.platform.security.Role;
import org.koldoo.support.TestAccounts;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A case worker's day in a real browser: a follow-up falls due on her home page, registering the
 * same person twice is caught before it is saved, the consent form downloads as a PDF, and the
 * organisation she refers to finds the referral waiting on its home page until it answers.
 */
class WorkBrowserTests extends BrowserTest {

  static final UUID CC_OSH = UUID.fromString("00000000-0000-0000-0000-000000000012");
  static final UUID IOM = UUID.fromString("00000000-0000-0000-0000-000000000013");

  @Autowired TestAccounts accounts;
  @Autowired Clock clock;

  @Test
  void the_day_s_work_is_on_the_home_page_and_is_done_from_there() {
    String worker = accounts.create("day", CC_OSH, Role.CASE_WORKER);
    String iom = accounts.create("iom", IOM, Role.CASE_WORKER);
    String family = "Жумабаева" + System.nanoTime() % 1000;
    String document = "AD" + System.nanoTime() % 10_000_000;

    session.logIn(worker, TestAccounts.PASSWORD);
    register(family, document);
    session.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("case-number")));
    String caseNumber = session.find("#case-number").getText();
    String pseudonym = session.find("#case-pseudonym").getText();
    String caseUrl = session.browser.getCurrentUrl();

    // a follow-up due today, given to herself
    session.click("#add-task");
    new Select(session.find("#kind")).selectByValue("CALL_BACK");
    session.find("#dueOn").clear();
    setDate("#dueOn", LocalDate.now(clock));
    new Select(session.find("#assignee")).selectByValue(worker);
    session.click("#task-form button[type=submit]");
    session.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("tasks")));
    session.open("/");
    assertThat(session.find("[data-work='work.group.tasksDue']").getText())
        .contains(caseNumber, "Call back");
    // the navigation counts it, at once
    assertThat(session.find("[data-nav='/cases'] .badge").getText()).isNotBlank();
    session.screenshot("work-01-home-follow-up");
    session.find("[data-work='work.group.tasksDue'] a").click();
    assertThat(session.browser.getCurrentUrl()).isEqualTo(caseUrl);

    // the same person again: warned before anything is saved
    session.open("/cases");
    register(family, document);
    assertThat(session.find("#possible-duplicate").getText()).contains(caseNumber);
    session.screenshot("work-02-duplicate-warning");
    session.open(caseUrl.substring(caseUrl.indexOf("/cases")));

    // the consent form for her to sign, then her consent and the referral
    String start =
        (String)
            ((JavascriptExecutor) session.browser)
                .executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                        + "fetch(document.getElementById('print-consent').href)"
                        + ".then(r => r.arrayBuffer())"
                        + ".then(b => done(String.fromCharCode(...new Uint8Array(b).slice(0, 5))))");
    assertThat(start).isEqualTo("%PDF-");
    session.browser.findElement(By.linkText("Consent")).click();
    new Select(session.find("#purpose")).selectByValue("REFERRAL");
    // given for three weeks: it is shown with its last day and waits as a consent about to lapse
    LocalDate lastDay = LocalDate.now(clock).plusWeeks(3);
    setDate("#validUntil", lastDay);
    session.click("#consent-form button[type=submit]");
    session.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("consents")));
    assertThat(session.find("#consents").getText())
        .contains(
            "in force until "
                + new org.koldoo.platform.web.Days(java.util.Locale.ENGLISH, clock.getZone())
                    .of(lastDay));
    session.open("/");
    assertThat(session.find("[data-work='work.group.consentsLapsing']").getText())
        .contains(caseNumber, "Referral");
    session.screenshot("work-02b-consent-lapsing");
    session.open(caseUrl.substring(caseUrl.indexOf("/cases")));
    session.browser.findElement(By.linkText("Refer")).click();
    new Select(session.find("#toOrganisationId")).selectByValue(IOM.toString());
    new Select(session.find("#serviceType")).selectByValue("LEGAL_AID");
    session.click("#referral-form button[type=submit]");
    session.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("case-referrals")));

    // the receiver finds it waiting, answers it from there, and it waits no more
    session.logIn(iom, TestAccounts.PASSWORD);
    String waiting = session.find("[data-work='work.group.referralsIncoming']").getText();
    assertThat(waiting).contains(pseudonym).doesNotContain(family);
    session.screenshot("work-03-referral-waiting");
    session.find("[data-work='work.group.referralsIncoming'] a").click();
    session.click("#referrals-table button.btn-success");
    assertThat(session.find(".alert-success").getText()).isNotBlank();
    session.open("/");
    assertThat(
            session.browser.findElements(
                By.cssSelector("[data-work='work.group.referralsIncoming']")))
        .isEmpty();
  }

  private void register(String family, String document) {
    session.click("[data-nav='/cases']");
    session.click("#new-case");
    session.find("#familyName").sendKeys(family);
    session.find("#givenName").sendKeys("Айпери");
    session.find("#documentNumber").sendKeys(document);
    new Select(session.find("#sex")).selectByValue("FEMALE");
    session.click("#person-form button[type=submit]");
  }

  /** A date input takes what its locale shows; set its value as the browser would submit it. */
  private void setDate(String css, LocalDate day) {
    ((JavascriptExecutor) session.browser)
        .executeScript("arguments[0].value = arguments[1];", session.find(css), day.toString());
  }
}
