package org.koldoo.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.koldoo.platform.security.Role;
import org.koldoo.platform.web.CodeList;
import org.koldoo.platform.web.Countries;
import org.koldoo.platform.web.Days;
import org.koldoo.support.TestAccounts;
import org.koldoo.victims.ConsentPurpose;
import org.koldoo.victims.ExploitationType;
import org.koldoo.victims.IdentificationStatus;
import org.koldoo.victims.Indicator;
import org.koldoo.victims.MeansOfControl;
import org.koldoo.victims.RecruiterRelation;
import org.koldoo.victims.RecruitmentChannel;
import org.koldoo.victims.RecruitmentMethod;
import org.koldoo.victims.ScreeningLocation;
import org.koldoo.victims.Sector;
import org.koldoo.victims.VulnerableGroup;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/**
 * What a case worker records at screening, identification and consent is shown back on the case
 * page, in Kyrgyz, Russian and English: each code by its name in the reader's language, countries
 * by name, days as the language writes them, and who recorded each step for which body.
 */
class CasePageBrowserTests extends BrowserTest {

  static final UUID CC_OSH = UUID.fromString("00000000-0000-0000-0000-000000000012");
  static final UUID CC_BISHKEK = UUID.fromString("00000000-0000-0000-0000-000000000011");

  @Autowired TestAccounts accounts;
  @Autowired MessageSource messages;

  private void date(String css, LocalDate day) {
    ((JavascriptExecutor) session.browser)
        .executeScript("arguments[0].value = arguments[1];", session.find(css), day.toString());
  }

  private void check(String name, CodeList value) {
    session.click("input[name=" + name + "][value=" + value.name() + "]");
  }

  @Test
  void every_recorded_fact_is_shown_back_in_each_language() {
    String worker = accounts.create("facts", CC_OSH, Role.CASE_WORKER);
    session.logIn(worker, TestAccounts.PASSWORD);
    session.click("[data-nav='/cases']");
    session.click("#new-case");
    session.find("#familyName").sendKeys("Токтогулова" + System.nanoTime() % 1000);
    session.find("#givenName").sendKeys("Жибек");
    new Select(session.find("#sex")).selectByValue("FEMALE");
    session.click("#person-form button[type=submit]");
    session.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("case-number")));
    String caseUrl = session.browser.getCurrentUrl().replaceFirst("\\?.*$", "");

    session.browser.findElement(By.linkText("Screening")).click();
    new Select(session.find("#location")).selectByValue(ScreeningLocation.NGO_OUTREACH.name());
    new Select(session.find("#vulnerableGroup"))
        .selectByValue(VulnerableGroup.RETURNED_MIGRANTS.name());
    List<Indicator> indicators =
        List.of(
            Indicator.DR_DECEIVED_ABOUT_NATURE_OF_JOB,
            Indicator.EX_NO_OR_LOW_PAY,
            Indicator.CD_CONFISCATION_OF_DOCUMENTS);
    indicators.forEach(i -> check("indicators", i));
    session.click("#screening-form button[type=submit]");
    session.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("recorded")));

    session.browser.findElement(By.linkText("Identification")).click();
    LocalDate from = LocalDate.of(2025, 3, 1);
    LocalDate to = LocalDate.of(2025, 9, 30);
    new Select(session.find("#status"))
        .selectByValue(IdentificationStatus.IDENTIFIED_VICTIM.name());
    check("exploitationTypes", ExploitationType.FORCED_LABOUR);
    check("sectors", Sector.AGRICULTURE);
    check("meansOfControl", MeansOfControl.DEBT_BONDAGE);
    check("recruitmentMethods", RecruitmentMethod.JOB_OFFER);
    new Select(session.find("#recruitmentChannel"))
        .selectByValue(RecruitmentChannel.ONLINE_PLATFORM.name());
    new Select(session.find("#recruiterRelation"))
        .selectByValue(RecruiterRelation.FRIEND_OR_ACQUAINTANCE.name());
    new Select(session.find("#countriesOfTransit")).selectByValue("KZ");
    new Select(session.find("#countriesOfExploitation")).selectByValue("RU");
    date("#exploitationFrom", from);
    date("#exploitationTo", to);
    session.click("#identification-form button[type=submit]");
    session.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("recorded")));

    session.browser.findElement(By.linkText("Consent")).click();
    new Select(session.find("#purpose"))
        .selectByValue(ConsentPurpose.SHARING_WITH_ORGANISATION.name());
    new Select(session.find("#organisationId")).selectByValue(CC_BISHKEK.toString());
    session.click("#consent-form button[type=submit]");
    session.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("timeline")));

    List<CodeList> codes =
        List.of(
            ScreeningLocation.NGO_OUTREACH,
            VulnerableGroup.RETURNED_MIGRANTS,
            indicators.get(0),
            indicators.get(1),
            indicators.get(2),
            IdentificationStatus.IDENTIFIED_VICTIM,
            ExploitationType.FORCED_LABOUR,
            Sector.AGRICULTURE,
            MeansOfControl.DEBT_BONDAGE,
            RecruitmentMethod.JOB_OFFER,
            RecruitmentChannel.ONLINE_PLATFORM,
            RecruiterRelation.FRIEND_OR_ACQUAINTANCE);
    for (String language : List.of("ky", "ru", "en")) {
      Locale locale = Locale.forLanguageTag(language);
      session.browser.get(caseUrl + "?lang=" + language);
      session.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("recorded")));
      session.screenshot("case-facts-" + language);
      String recorded = session.find("#recorded").getText();
      for (CodeList code : codes) {
        assertThat(recorded)
            .as(language + " " + code.name())
            .contains(messages.getMessage(code.messageKey(), null, locale));
      }
      Days days = new Days(locale, java.time.ZoneId.of("Asia/Bishkek"));
      assertThat(recorded)
          .as(language)
          .contains(Countries.name("KZ", locale), Countries.name("RU", locale))
          .contains(days.of(from), days.of(to))
          .doesNotContainPattern("\\b[A-Z]{2,}_[A-Z_]{2,}\\b")
          .doesNotContain("2025-03-01");
      String consents = session.find("#timeline").getText();
      assertThat(consents)
          .as(language)
          .contains(
              messages.getMessage(
                  ConsentPurpose.SHARING_WITH_ORGANISATION.messageKey(), null, locale))
          .contains("CC-BISHKEK")
          .contains(worker);
    }
  }
}
