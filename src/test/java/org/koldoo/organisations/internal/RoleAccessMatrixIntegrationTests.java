package org.koldoo.organisations.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.koldoo.platform.security.Role;
import org.koldoo.platform.web.Navigation;
import org.koldoo.platform.web.Screen;
import org.koldoo.support.IntegrationTest;
import org.koldoo.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every role against every screen and every API endpoint: a role reaches exactly what it is
 * granted, sees exactly those screens in its navigation, and nothing else.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleAccessMatrixIntegrationTests extends IntegrationTest {

  /** API endpoints and the roles allowed to call them; every other role gets 403. */
  private static final Map<String, Set<Role>> API =
      Map.of(
          "/api/v1/organisations", EnumSet.allOf(Role.class),
          "/api/v1/users", EnumSet.of(Role.SYSTEM_ADMINISTRATOR),
          "/api/v1/audit/verify", EnumSet.of(Role.AUDITOR, Role.SYSTEM_ADMINISTRATOR),
          "/api/v1/audit/entries", EnumSet.of(Role.AUDITOR, Role.SYSTEM_ADMINISTRATOR));

  @Autowired MockMvc mvc;
  @Autowired SecondFactors secondFactors;
  @Autowired Navigation navigation;
  @Autowired TestAccounts accounts;
  @Autowired KoldooUserDetailsService userDetails;

  private final Map<Role, KoldooPrincipal> people = new EnumMap<>(Role.class);
  private final Map<Role, String> tokens = new EnumMap<>(Role.class);

  @BeforeAll
  void onePersonPerRole() throws Exception {
    for (Role role : Role.values()) {
      String username = accounts.create(role.name().toLowerCase(), TestAccounts.MVD, role);
      KoldooPrincipal person = (KoldooPrincipal) userDetails.loadUserByUsername(username);
      people.put(role, person);
      // roles that see identities sign in with a second factor, the API included
      String code = SecondFactorSteps.apiCode(secondFactors, person);
      String body =
          mvc.perform(
                  post("/api/v1/auth/tokens")
                      .contentType(MediaType.APPLICATION_JSON)
                      .content(
                          """
                          {"username":"%s","password":"%s","code":"%s"}"""
                              .formatted(username, TestAccounts.PASSWORD, code)))
              .andReturn()
              .getResponse()
              .getContentAsString();
      tokens.put(role, body.replaceAll(".*\"token\":\"([^\"]+)\".*", "$1"));
    }
  }

  @Test
  void each_role_opens_exactly_the_screens_granted_to_it() throws Exception {
    List<String> mismatches = new ArrayList<>();
    for (Screen screen : navigation.all()) {
      String path = "/account".equals(screen.path()) ? "/account/password" : screen.path();
      for (Role role : Role.values()) {
        int status =
            mvc.perform(get(path).with(user(people.get(role))))
                .andReturn()
                .getResponse()
                .getStatus();
        int expected = screen.roles().contains(role) ? 200 : 403;
        if (status != expected) {
          mismatches.add(role + " " + path + " -> " + status + " (expected " + expected + ")");
        }
      }
    }
    assertThat(mismatches).isEmpty();
    assertThat(navigation.all()).extracting(Screen::path).contains("/", "/admin/users", "/audit");
  }

  @Test
  void each_role_calls_exactly_the_endpoints_granted_to_it() throws Exception {
    List<String> mismatches = new ArrayList<>();
    for (var endpoint : API.entrySet()) {
      for (Role role : Role.values()) {
        var response =
            mvc.perform(
                    get(endpoint.getKey()).header("Authorization", "Bearer " + tokens.get(role)))
                .andReturn()
                .getResponse();
        int expected = endpoint.getValue().contains(role) ? 200 : 403;
        if (response.getStatus() != expected) {
          mismatches.add(
              role
                  + " "
                  + endpoint.getKey()
                  + " -> "
                  + response.getStatus()
                  + " expected "
                  + expected);
        }
        if (expected == 403) {
          assertThat(response.getContentType()).startsWith("application/problem+json");
        }
      }
    }
    assertThat(mismatches).isEmpty();
  }

  @Test
  void navigation_shows_each_role_only_its_own_screens() throws Exception {
    for (Role role : Role.values()) {
      String page =
          mvc.perform(get("/").with(user(people.get(role))))
              .andReturn()
              .getResponse()
              .getContentAsString();
      for (Screen screen : navigation.all()) {
        if (!screen.inNavigation() || "/".equals(screen.path())) {
          continue;
        }
        boolean shown = page.contains("data-nav=\"" + screen.path() + "\"");
        assertThat(shown)
            .as("%s sees %s in navigation", role, screen.path())
            .isEqualTo(screen.roles().contains(role));
      }
    }
  }

  private static final java.util.regex.Pattern MISSING_TEXT =
      java.util.regex.Pattern.compile("\\?\\?[\\w.\\-]+_(ky|ru|en)\\?\\?");

  @Test
  void every_screen_renders_in_kyrgyz_and_russian_with_every_text_found() throws Exception {
    List<String> wrong = new ArrayList<>();
    for (Screen screen : navigation.all()) {
      Role role = screen.roles().iterator().next();
      // Kyrgyz and Russian: English is the bundle every other falls back to
      for (String language : List.of("ky", "ru")) {
        var response =
            mvc.perform(get(screen.path() + "?lang=" + language).with(user(people.get(role))))
                .andReturn()
                .getResponse();
        if (response.getStatus() == 302) {
          // a screen that is a way to another page (the account to its password form)
          response =
              mvc.perform(
                      get(response.getRedirectedUrl() + "?lang=" + language)
                          .with(user(people.get(role))))
                  .andReturn()
                  .getResponse();
        }
        String page = response.getContentAsString();
        if (response.getStatus() != 200) {
          wrong.add(screen.path() + " " + language + ": " + response.getStatus());
        } else if (MISSING_TEXT.matcher(page).find()) {
          // Thymeleaf's mark of a message key that no bundle has: ??key_ky??
          var missing = MISSING_TEXT.matcher(page);
          missing.find();
          wrong.add(screen.path() + " " + language + ": " + missing.group());
        } else if (!page.contains("lang=\"" + language + "\"")) {
          wrong.add(screen.path() + " " + language + ": not in that language");
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void a_mistyped_address_is_not_found_and_a_screen_of_other_roles_forbidden() throws Exception {
    KoldooPrincipal caseWorker = people.get(Role.CASE_WORKER);
    for (String unknown :
        List.of("/casess", "/admin/nothing-here", "/actuator/env", "/cases.php")) {
      assertThat(mvc.perform(get(unknown).with(user(caseWorker))).andReturn().getResponse())
          .as(unknown)
          .extracting(r -> r.getStatus())
          .isEqualTo(404);
    }
    // a screen that exists but is not the person's stays forbidden, under any method
    assertThat(statusOf(get("/admin/users"), caseWorker)).isEqualTo(403);
    assertThat(statusOf(post("/admin/users").with(csrf()), caseWorker)).isEqualTo(403);
    assertThat(statusOf(delete("/admin/users"), caseWorker)).isEqualTo(403);
    // nobody learns anything without logging in: the login page, as for every address
    assertThat(mvc.perform(get("/casess")).andReturn().getResponse().getRedirectedUrl())
        .endsWith("/login");
  }

  private int statusOf(MockHttpServletRequestBuilder request, KoldooPrincipal person)
      throws Exception {
    return mvc.perform(request.with(user(person))).andReturn().getResponse().getStatus();
  }

  @Test
  void nobody_reaches_a_screen_without_logging_in() throws Exception {
    for (Screen screen : navigation.all()) {
      var response = mvc.perform(get(screen.path())).andReturn().getResponse();
      assertThat(response.getStatus()).as(screen.path()).isEqualTo(302);
      assertThat(response.getRedirectedUrl()).endsWith("/login");
    }
  }
}
