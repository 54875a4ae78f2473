package org.koldoo.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.koldoo.platform.security.Role;
import org.koldoo.support.IntegrationTest;
import org.koldoo.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

class LanguageSwitchIntegrationTests extends IntegrationTest {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired UserDetailsService userDetails;

  @Test
  void the_login_page_speaks_each_language_on_request() throws Exception {
    assertThat(page("/login?lang=ky")).contains("Колдонуучунун аты", "lang=\"ky\"");
    assertThat(page("/login?lang=ru")).contains("Имя пользователя", "lang=\"ru\"");
    assertThat(page("/login?lang=en")).contains("Username", "lang=\"en\"");
  }

  @Test
  void every_page_is_titled_in_the_readers_language_then_koldoo() throws Exception {
    assertThat(page("/login?lang=ky")).contains("<title>Кирүү · Koldoo</title>");
    assertThat(page("/login?lang=ru")).contains("<title>Вход · Koldoo</title>");
    assertThat(page("/login?lang=en"))
        .contains("<title>Log in · Koldoo</title>", "<main id=\"main\"", "id=\"username\"");
  }

  @Test
  void the_choice_is_remembered_in_a_cookie() throws Exception {
    var response = mvc.perform(get("/login?lang=ky")).andReturn().getResponse();
    Cookie cookie = response.getCookie("koldoo-lang");
    assertThat(cookie).isNotNull();
    String next =
        mvc.perform(get("/login").cookie(cookie)).andReturn().getResponse().getContentAsString();
    assertThat(next).contains("Колдонуучунун аты");
  }

  @Test
  void without_a_choice_the_browser_preference_is_followed() throws Exception {
    String page =
        mvc.perform(get("/login").header("Accept-Language", "ru-RU,ru;q=0.9"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("Имя пользователя");
  }

  @Test
  void an_unsupported_language_falls_back_to_english() throws Exception {
    assertThat(page("/login?lang=de")).contains("Username");
    String page =
        mvc.perform(get("/login").header("Accept-Language", "de"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("Username");
  }

  @Test
  void error_pages_speak_the_readers_language() throws Exception {
    String admin = accounts.create("lang-admin", TestAccounts.MOL, Role.SYSTEM_ADMINISTRATOR);
    var cookie =
        mvc.perform(get("/login?lang=ru")).andReturn().getResponse().getCookie("koldoo-lang");
    var response =
        mvc.perform(
                get("/admin/organisations/" + java.util.UUID.randomUUID())
                    .cookie(cookie)
                    .with(user(userDetails.loadUserByUsername(admin))))
            .andReturn()
            .getResponse();
    assertThat(response.getStatus()).isEqualTo(404);
    assertThat(response.getContentAsString()).contains("Что-то пошло не так", "не найдена");
  }

  @Test
  void the_switch_keeps_the_page_and_its_query() throws Exception {
    String analyst = accounts.create("lang-analyst", TestAccounts.MOL, Role.NATIONAL_COORDINATOR);
    String page =
        mvc.perform(
                get("/reports?from=2021-04-01&to=2022-03-31&lang=en")
                    .with(user(userDetails.loadUserByUsername(analyst))))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page)
        .contains(
            "href=\"?from=2021-04-01&amp;to=2022-03-31&amp;lang=ky\"",
            "href=\"?from=2021-04-01&amp;to=2022-03-31&amp;lang=ru\"");
  }

  private String page(String url) throws Exception {
    return mvc.perform(get(url)).andReturn().getResponse().getContentAsString();
  }
}
