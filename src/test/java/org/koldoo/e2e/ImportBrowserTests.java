package org.koldoo.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.koldoo.platform.security.Role;
import org.koldoo.support.TestAccounts;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A hotline operator brings in the hotline's own sheet: the check names a mistake by row and a
 * header Koldoo does not know, the operator maps that header once, and commits.
 */
class ImportBrowserTests extends BrowserTest {

  private static final UUID OSH_CITY = UUID.fromString("00000000-0000-0000-0000-000000000010");

  @Autowired TestAccounts accounts;

  @Test
  void an_operator_checks_maps_and_commits_the_hotlines_own_sheet(@TempDir Path dir)
      throws Exception {
    String operator = accounts.create("imp-e2e", OSH_CITY, Role.HOTLINE_OPERATOR);
    Path sheet = dir.resolve("calls.csv");
    Files.writeString(
        sheet,
        """
        Hotline log, 2015
        When called;Channel;Caller;Language;Topics;Outcome
        05.06.2015 10:20;Phone;Other;Russian;Other;Information given
        06.06.2015 11:00;Phone;Other;Russian;No such topic;Information given
        """,
        StandardCharsets.UTF_8);
    session.logIn(operator, TestAccounts.PASSWORD);
    session.click("[data-nav='/imports']");
    session.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("import-upload")));
    new Select(session.find("#kind")).selectByValue("hotline-calls");
    session.find("#file").sendKeys(sheet.toAbsolutePath().toString());
    session.click("#import-upload button");
    session.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("import-mapping")));
    assertThat(session.find("#import-problems").getText()).contains("Received");
    assertThat(session.find("#import-mapping").getText()).contains("When called");
    session.screenshot("import-01-checked");

    new Select(session.find("#column-0")).selectByValue("receivedAt");
    session.click("#import-mapping button");
    session.wait.until(ExpectedConditions.urlContains("mapped"));
    assertThat(session.find("#import-counts").getText()).contains("1");
    assertThat(session.find("#import-problems").getText()).contains("4", "No such topic");
    session.click("#import-commit button");
    session.wait.until(ExpectedConditions.urlContains("committed"));
    assertThat(session.find("#import-counts").getText()).contains("Created");
    session.screenshot("import-02-committed");
  }
}
