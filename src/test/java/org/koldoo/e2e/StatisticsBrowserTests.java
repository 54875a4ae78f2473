package org.koldoo.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.koldoo.platform.security.Role;
import org.koldoo.support.TestAccounts;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The national coordinator opens the annual report for a period of their choosing, with its three
 * sections and the data-gap list, and the dashboard, whose charts ECharts draws in the browser.
 */
class StatisticsBrowserTests extends BrowserTest {

  @Autowired TestAccounts accounts;

  @Test
  void the_coordinator_reads_the_report_and_the_dashboard() {
    String coordinator = accounts.create("nc-e2e", TestAccounts.MOL, Role.NATIONAL_COORDINATOR);
    session.logIn(coordinator, TestAccounts.PASSWORD);
    session.click("[data-nav='/reports']");
    session.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("prosecution")));
    // a date field's typing depends on the browser's locale: set the chosen dates as a picker does
    ((JavascriptExecutor) session.browser)
        .executeScript(
            "document.getElementById('from').value = '2021-04-01';"
                + " document.getElementById('to').value = '2022-03-31';");
    session.click("#period button[type=submit]");
    session.wait.until(ExpectedConditions.urlContains("from=2021-04-01"));
    assertThat(session.find("h1").getText()).contains("1 Apr 2021", "31 Mar 2022");
    assertThat(session.find("#protection").getText()).contains("V1");
    assertThat(session.find("#prevention").getText()).contains("R6");
    assertThat(session.find("#indicator-P1 .definition").getAttribute("title")).isNotBlank();
    assertThat(session.find("#data-gaps").getText()).contains("R11");
    session.screenshot("statistics-01-report");

    session.click("[data-nav='/dashboard']");
    session.wait.until(
        ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-trends canvas")));
    assertThat(session.find("#chart-protection canvas").isDisplayed()).isTrue();
    session.screenshot("statistics-02-dashboard");
  }
}
