package org.koldoo.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.koldoo.platform.security.Role;
import org.koldoo.support.TestAccounts;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The national coordinator, who has the most screens, at 1366×768 in Kyrgyz, Russian and English:
 * the navigation stays one line with the language switch and "Log out" on screen, each area opens
 * to its screens; on a phone the bar folds behind its menu button.
 */
class NavigationBrowserTests extends BrowserTest {

  @Autowired TestAccounts accounts;

  @Test
  void the_navigation_fits_a_laptop_in_every_language_and_folds_on_a_phone() {
    String coordinator = accounts.create("nav-e2e", TestAccounts.MOL, Role.NATIONAL_COORDINATOR);
    session.logIn(coordinator, TestAccounts.PASSWORD);
    for (String language : new String[] {"ky", "ru", "en"}) {
      session.open("/?lang=" + language);
      session.screenshot("navigation-1366-" + language);
      WebElement bar = session.find("nav.navbar");
      WebElement logout = session.find("form[action='/logout'] button");
      assertThat(bar.getSize().getHeight()).as(language + ": one line").isLessThan(70);
      assertThat(logout.isDisplayed()).as(language).isTrue();
      assertThat(logout.getLocation().getX() + logout.getSize().getWidth())
          .as(language + ": Log out within the window")
          .isLessThanOrEqualTo(1366);
      assertThat(logout.getLocation().getY()).as(language).isLessThan(60);
      assertThat(session.find("[data-nav-area='nav.area.prevention']").isDisplayed()).isTrue();
    }
    // every screen is still there, behind its area
    assertThat(session.navigation()).contains("Hotline", "Training", "Annual report", "Cases");
    session.click("[data-nav='/training']");
    session.wait.until(ExpectedConditions.urlContains("/training"));
    assertThat(session.find("[data-nav-area='nav.area.prevention']").getAttribute("class"))
        .contains("active");

    session.browser.manage().window().setSize(new Dimension(390, 844));
    try {
      session.open("/");
      WebElement toggler = session.find(".navbar-toggler");
      assertThat(toggler.isDisplayed()).isTrue();
      assertThat(session.find("form[action='/logout'] button").isDisplayed()).isFalse();
      toggler.click();
      session.wait.until(
          ExpectedConditions.visibilityOfElementLocated(
              By.cssSelector("form[action='/logout'] button")));
      session.screenshot("navigation-phone");
    } finally {
      session.browser.manage().window().setSize(new Dimension(1366, 768));
    }
  }
}
