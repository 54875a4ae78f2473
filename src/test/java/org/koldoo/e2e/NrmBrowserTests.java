package org.koldoo.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.koldoo.platform.security.Role;
import org.koldoo.support.TestAccounts;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The referral mechanism in a real browser: an NGO case worker in Osh registers, screens and
 * identifies a victim and refers her to the Bishkek crisis centre, which accepts and records a
 * shelter stay; an MVD investigator sees nothing of her.
 */
class NrmBrowserTests extends BrowserTest {

  static final UUID CC_OSH = UUID.fromString("00000000-0000-0000-0000-000000000012");
  static final UUID CC_BISHKEK = UUID.fromString("00000000-0000-0000-0000-000000000011");

  @Autowired TestAccounts accounts;

  @Test
  void a_victim_is_identified_referred_and_sheltered_and_the_police_see_nothing() {
    String ngo = accounts.create("osh", CC_OSH, Role.CASE_WORKER);
    String centre = accounts.create("bishkek", CC_BISHKEK, Role.CASE_WORKER);
    String police = accounts.create("mvd", TestAccounts.MVD, Role.INVESTIGATOR);
    String family = "Сатыбалдиева" + System.nanoTime() % 1000;

    session.logIn(ngo, TestAccounts.PASSWORD);
    assertThat(session.navigation()).contains("Cases", "Referrals");
    session.click("[data-nav='/cases']");
    session.click("#new-case");
    session.find("#familyName").sendKeys(family);
    session.find("#givenName").sendKeys("Нургүл");
    session.find("#latinName").sendKeys("Nurgul Satybaldieva");
    session.find("#documentNumber").sendKeys("AC" + System.nanoTime() % 10_000_000);
    new Select(session.find("#sex")).selectByValue("FEMALE");
    session.screenshot("nrm-01-register");
    session.click("input[name=vulnerabilityFactors][value=RETURNED_MIGRANT]");
    session.click("#person-form button[type=submit]");
    session.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("case-number")));
    String caseUrl = session.browser.getCurrentUrl();
    String caseNumber = session.find("#case-number").getText();
    assertThat(caseNumber).startsWith("CC-OSH-");

    session.browser.findElement(By.linkText("Screening")).click();
    new Select(session.find("#location")).selectByValue("NGO_OUTREACH");
    new Select(session.find("#vulnerableGroup")).selectByValue("RETURNED_MIGRANTS");
    for (String indicator :
        new String[] {
          "DR_DECEIVED_ABOUT_NATURE_OF_JOB", "DR_DECEIVED_ABOUT_WAGES", "EX_EXCESSIVE_HOURS",
          "EX_NO_OR_LOW_PAY", "CD_CONFISCATION_OF_DOCUMENTS", "CD_DEBT_BONDAGE"
        }) {
      session.click("input[name=indicators][value=" + indicator + "]");
    }
    session.screenshot("nrm-02-screening");
    session.click("#screening-form button[type=submit]");
    // the case page, once it is there (a find straight after the click can meet the form's page)
    session.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("recorded")));
    assertThat(session.find(".alert-info").getText()).contains("presumed victim");

    session.browser.findElement(By.linkText("Identification")).click();
    new Select(session.find("#status")).selectByValue("IDENTIFIED_VICTIM");
    session.click("input[name=exploitationTypes][value=FORCED_LABOUR]");
    session.click("input[name=sectors][value=AGRICULTURE]");
    new Select(session.find("#recruitmentChannel")).selectByValue("ONLINE_PLATFORM");
    new Select(session.find("#countriesOfExploitation")).selectByValue("RU");
    session.click("#identification-form button[type=submit]");
    session.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("recorded")));
    assertThat(session.find(".badge.text-bg-primary").getText()).isEqualTo("Identified victim");

    session.browser.findElement(By.linkText("Consent")).click();
    new Select(session.find("#purpose")).selectByValue("REFERRAL");
    session.click("#consent-form button[type=submit]");
    session.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("timeline")));
    session.browser.findElement(By.linkText("Refer")).click();
    new Select(session.find("#toOrganisationId")).selectByValue(CC_BISHKEK.toString());
    new Select(session.find("#serviceType")).selectByValue("SHELTER");
    session.click("#referral-form button[type=submit]");
    session.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("case-referrals")));
    session.screenshot("nrm-03-case-page");

    session.logIn(centre, TestAccounts.PASSWORD);
    session.click("[data-nav='/referrals']");
    session.click("#referrals-table button.btn-success");
    assertThat(session.find(".alert-success").getText()).isNotBlank();
    session.browser.get(caseUrl);
    // the connection drops as she asks for the identity: the page says so, and she asks again
    session.offline(true);
    session.click("#show-identity");
    assertThat(session.find("#identity [data-htmx-failed]").getText())
        .isEqualTo("Koldoo could not be reached. Check the connection and try again.");
    session.offline(false);
    session.click("#show-identity");
    session.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("identity-name")));
    assertThat(session.browser.findElements(By.cssSelector("[data-htmx-failed]"))).isEmpty();
    assertThat(session.find("#identity-name").getText()).contains(family);
    session.screenshot("nrm-04-identity");
    // a part the server refuses says what the server said, not nothing
    ((org.openqa.selenium.JavascriptExecutor) session.browser)
        .executeScript(
            "htmx.ajax('GET', '/cases/' + arguments[0] + '/identity?purpose=case%20work',"
                + " {target: '#identity', swap: 'innerHTML'})",
            java.util.UUID.randomUUID().toString());
    assertThat(session.find("#identity [data-htmx-failed]").getText())
        .startsWith("Case ")
        .contains(" was not found.");
    assertThat(session.find("#identity-name").getText()).contains(family);
    // the assistance panel, which the page fetches after it shows, does not come: it says so and
    // offers to fetch it again, which brings it
    session.block("*/assistance");
    session.browser.get(caseUrl);
    session.find("[data-htmx-failed] button");
    assertThat(session.browser.findElements(By.id("case-referrals"))).isEmpty();
    session.block();
    session.click("[data-htmx-failed] button");
    session.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("case-referrals")));
    assertThat(session.browser.findElements(By.cssSelector("[data-htmx-failed]"))).isEmpty();
    // the centre finds her by her name; the register's address never names her
    session.click("[data-nav='/cases']");
    session.click("details summary");
    session.find("#name").sendKeys(family);
    session.click("form[action='/cases/identity-search'] button");
    session.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("identity-found")));
    assertThat(session.browser.getCurrentUrl()).contains("found=").doesNotContain("name=");
    assertThat(session.find("#cases-table").getText()).contains(caseNumber);
    session.browser.get(caseUrl);
    session.browser.findElement(By.linkText("Record a service")).click();
    new Select(session.find("#referralId")).selectByIndex(1);
    new Select(session.find("#serviceType")).selectByValue("SHELTER");
    session.find("#notes").sendKeys("Placed in room 3; afraid of former employer");
    session.click("#service-form button[type=submit]");
    session.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("case-services")));
    assertThat(session.find("#case-services").getText())
        .contains("Shelter or crisis-centre stay", "afraid");

    session.logIn(police, TestAccounts.PASSWORD);
    session.click("[data-nav='/cases']");
    assertThat(session.browser.getPageSource()).doesNotContain(family);
    session.browser.get(caseUrl);
    assertThat(session.find("h1").getText()).isEqualTo("Something went wrong");
    assertThat(session.browser.getPageSource()).doesNotContain(family).doesNotContain("afraid");
  }
}
