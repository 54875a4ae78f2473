package org.koldoo.organisations.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.koldoo.organisations.internal.SecondFactors.Enrolment;
import org.koldoo.platform.security.Role;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The administration and account pages' own checks, without a database: a user, an organisation or
 * an API client that breaks the form's rules comes back naming each field at fault and nothing is
 * created; an unknown user is not found before anything is changed; a password form holds no more
 * than the API takes; a second-factor code too long to be one is never tried.
 */
@WithMockUser(roles = "SYSTEM_ADMINISTRATOR")
class OrganisationPagesControllerTests extends OrganisationsSliceTest {

  private static final UUID MOL = UUID.fromString("00000000-0000-0000-0000-000000000001");

  /** A case worker of the Ministry of Labour, signed in as the application signs people in. */
  private static KoldooPrincipal caseWorker() {
    UserAccount account =
        UserAccount.create(
            "a.tashieva",
            "Айгуль Ташиева",
            null,
            MOL,
            Set.of(Role.CASE_WORKER),
            "{noop}unused",
            false,
            Instant.now());
    return new KoldooPrincipal(account, Clock.systemUTC());
  }

  @Test
  void a_user_breaking_the_form_s_rules_comes_back_naming_each_field_and_none_is_created()
      throws Exception {
    String answer =
        formBack(
            post("/admin/users/new")
                .param("username", "a b")
                .param("fullName", " ")
                .param("email", "not-an-address"));
    assertThat(answer)
        .contains(errorsOf("username", "fullName", "email", "organisationId", "roles"));
    verify(users, never()).create(any());
  }

  @Test
  void an_unknown_user_is_not_found_before_anything_is_changed() throws Exception {
    UUID nobody = UUID.randomUUID();
    when(readModel.find(nobody)).thenReturn(Optional.empty());
    var answer =
        mvc.perform(
                post("/admin/users/" + nobody)
                    .with(csrf())
                    .param("fullName", "Someone")
                    .param("organisationId", MOL.toString())
                    .param("roles", "ANALYST"))
            .andReturn()
            .getResponse();
    assertThat(answer.getStatus()).isEqualTo(404);
    assertThat(
            mvc.perform(post("/admin/users/" + nobody + "/two-factor/reset").with(csrf()))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(404);
    verify(users, never()).update(any(), any());
    verifyNoInteractions(factors);
  }

  @Test
  void an_organisation_breaking_the_form_s_rules_comes_back_naming_each_field() throws Exception {
    String answer =
        formBack(
            post("/admin/organisations/new")
                .param("code", "bad code!")
                .param("_active", "on") // the checkbox's marker, as the browser sends it
                .param("nameEn", "x".repeat(201))
                .param("nameRu", " "));
    assertThat(answer).contains(errorsOf("code", "nameEn", "nameRu", "nameKy", "type", "region"));
    verify(service, never()).create(any());
  }

  @Test
  void an_organisation_with_values_of_the_wrong_kind_comes_back_naming_them_not_failing()
      throws Exception {
    // a value that is no code of its list cannot even make the form: the page is shown from what
    // was typed alone
    String answer =
        formBack(
            post("/admin/organisations/new")
                .param("code", "CC-NARYN")
                .param("nameKy", "Нарын")
                .param("type", "SHELTER")
                .param("parentId", "not-an-id")
                .param("_active", "on"));
    assertThat(answer).contains("id=\"type-error\"", "id=\"parentId-error\"", "value=\"Нарын\"");
    verify(service, never()).create(any());
  }

  @Test
  void an_api_client_without_name_or_roles_comes_back_naming_both() throws Exception {
    String answer = formBack(post("/admin/api-clients").param("name", " "));
    assertThat(answer).contains(errorsOf("name", "organisationId", "roles"));
    verify(clients, never()).create(any(), any(), any());
  }

  @Test
  void a_password_form_holds_no_more_than_the_api_takes() throws Exception {
    String answer =
        formBack(
            post("/account/password")
                .with(user(caseWorker()))
                .param("currentPassword", "p".repeat(201))
                .param("newPassword", "n".repeat(201))
                .param("repeat", " "));
    assertThat(answer).contains(errorsOf("currentPassword", "newPassword", "repeat"));
    verify(users, never()).changeOwnPassword(any(), any());
  }

  @Test
  void a_second_factor_code_too_long_to_be_one_is_never_tried() throws Exception {
    KoldooPrincipal person = caseWorker();
    when(factors.pending(any())).thenReturn(Optional.of(new Enrolment("SECRET", "otpauth://x")));
    String answer =
        formBack(
            post("/account/two-factor/confirm").with(user(person)).param("code", "1".repeat(41)));
    assertThat(answer).contains("SECRET");
    verify(factors, never()).confirm(any(), any());
  }

  @Test
  @WithMockUser(roles = {})
  void the_login_page_offers_the_password_form_without_single_sign_on_configured()
      throws Exception {
    String answer = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
    assertThat(answer).contains("name=\"username\"", "name=\"password\"");
    assertThat(answer).doesNotContain("/oauth2/authorization/");
  }
}
