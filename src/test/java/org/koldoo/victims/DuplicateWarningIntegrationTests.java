package org.koldoo.victims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.koldoo.victims.NrmActors.read;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.koldoo.platform.security.Role;
import org.koldoo.support.IntegrationTest;
import org.koldoo.support.TestAccounts;
import org.koldoo.support.TestOrganisations;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Registering someone who may be registered already: warned, never told where else. */
class DuplicateWarningIntegrationTests extends IntegrationTest {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired UserDetailsService users;
  @Autowired JdbcClient jdbc;

  private NrmActors actors;
  private RequestPostProcessor first;
  private RequestPostProcessor colleague;
  private RequestPostProcessor other;
  private String document;
  private String caseNumber;
  private String firstOrganisationCode;

  @BeforeEach
  void aPersonRegistered() throws Exception {
    actors = new NrmActors(mvc, accounts, users);
    UUID ngo = TestOrganisations.create(mvc, accounts, users, "NGO");
    UUID elsewhere = TestOrganisations.create(mvc, accounts, users, "NGO");
    first = accounts.signedIn(users, "dup-a", ngo, Role.CASE_WORKER);
    colleague = accounts.signedIn(users, "dup-b", ngo, Role.CASE_WORKER);
    other = accounts.signedIn(users, "dup-c", elsewhere, Role.CASE_WORKER);
    firstOrganisationCode =
        jdbc.sql("select code from organisation where id = :id")
            .param("id", ngo)
            .query(String.class)
            .single();
    document = "DUP" + System.nanoTime() % 10_000_000;
    var registered =
        actors.call(
            first,
            "POST",
            "/api/v1/cases",
            """
            {"familyName":"Осмонова","givenName":"Айжан","dateOfBirth":"1990-04-01",
             "documentNumber":"%s","sex":"FEMALE"}"""
                .formatted(document));
    caseNumber = read(registered, "$.caseNumber");
  }

  @Test
  void a_colleague_is_shown_the_case_her_organisation_already_has_and_may_register_anyway()
      throws Exception {
    long before = cases();
    MockHttpServletResponse warned = register(colleague, "Осмонова", "1990-04-01", "", false);
    assertThat(warned.getStatus()).isEqualTo(200);
    assertThat(warned.getContentAsString())
        .contains("id=\"possible-duplicate\"", caseNumber, "id=\"register-anyway\"");
    assertThat(cases()).isEqualTo(before);

    MockHttpServletResponse anyway = register(colleague, "Осмонова", "1990-04-01", "", true);
    assertThat(anyway.getRedirectedUrl()).startsWith("/cases/");
    assertThat(cases()).isEqualTo(before + 1);
  }

  @Test
  void another_organisation_learns_only_that_a_match_exists() throws Exception {
    MockHttpServletResponse warned = register(other, "Другое", "2001-01-01", document, false);
    assertThat(warned.getContentAsString())
        .contains("id=\"duplicate-elsewhere\"")
        .doesNotContain(caseNumber, firstOrganisationCode);

    var check =
        actors.call(
            other,
            "POST",
            "/api/v1/cases/duplicate-check",
            """
            {"familyName":"Другое","givenName":"Имя","documentNumber":"%s"}"""
                .formatted(document));
    assertThat(JsonPath.<List<Object>>read(check.getContentAsString(), "$.own")).isEmpty();
    assertThat(read(check, "$.elsewhere")).isEqualTo("true");
    assertThat(check.getContentAsString()).doesNotContain(caseNumber);
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_entry where action = 'DUPLICATE_CHECKED'"
                        + " and details like '%elsewhere=true%'")
                .query(Long.class)
                .single())
        .isPositive();
  }

  @Test
  void a_misspelt_name_or_a_swapped_birth_date_is_found_by_the_linkage_encodings()
      throws Exception {
    // her family name one letter off, her birth date the same
    var misspelt = check(colleague, "Османова", "Айжан", "1990-04-01");
    assertThat(JsonPath.<List<String>>read(misspelt, "$.own[?(@.similar == true)].caseNumber"))
        .contains(caseNumber);
    // her name the same, day and month of her birth swapped
    var swapped = check(colleague, "Осмонова", "Айжан", "1990-01-04");
    assertThat(JsonPath.<List<String>>read(swapped, "$.own[?(@.similar == true)].caseNumber"))
        .contains(caseNumber);
    // someone else born the same day is not her
    var someoneElse = check(colleague, "Бекболотова", "Нургуль", "1990-04-01");
    assertThat(JsonPath.<List<String>>read(someoneElse, "$.own[*].caseNumber"))
        .doesNotContain(caseNumber);
    // another organisation learns only that someone alike exists
    var elsewhere = check(other, "Османова", "Айжан", "1990-04-01");
    assertThat(JsonPath.<List<Object>>read(elsewhere, "$.own")).isEmpty();
    assertThat(JsonPath.<Boolean>read(elsewhere, "$.elsewhere")).isTrue();
    assertThat(elsewhere).doesNotContain(caseNumber, firstOrganisationCode);

    // on the registration page the similar case is named as similar
    assertThat(register(colleague, "Османова", "1990-04-01", "", false).getContentAsString())
        .contains("id=\"possible-duplicate\"", caseNumber, "similar name or date of birth");
  }

  private String check(RequestPostProcessor who, String family, String given, String born)
      throws Exception {
    var response =
        actors.call(
            who,
            "POST",
            "/api/v1/cases/duplicate-check",
            """
            {"familyName":"%s","givenName":"%s","dateOfBirth":"%s","sex":"FEMALE"}"""
                .formatted(family, given, born));
    assertThat(response.getStatus()).isEqualTo(200);
    return response.getContentAsString();
  }

  @Test
  void someone_new_is_registered_without_a_warning() throws Exception {
    MockHttpServletResponse response =
        register(colleague, "Новая" + System.nanoTime() % 100000, "1985-02-02", "", false);
    assertThat(response.getRedirectedUrl()).startsWith("/cases/");
  }

  private long cases() {
    return jdbc.sql("select count(*) from victim_case").query(Long.class).single();
  }

  private MockHttpServletResponse register(
      RequestPostProcessor who, String family, String born, String doc, boolean anyway)
      throws Exception {
    MockHttpServletRequestBuilder form =
        post("/cases/new")
            .with(who)
            .with(csrf())
            .header("Accept-Language", "en")
            .param("familyName", family)
            .param("givenName", "Айжан")
            .param("dateOfBirth", born)
            .param("documentNumber", doc)
            .param("sex", "FEMALE")
            .param("registeredOn", "");
    if (anyway) {
      form.param("registerAnyway", "true");
    }
    return mvc.perform(form).andReturn().getResponse();
  }
}
