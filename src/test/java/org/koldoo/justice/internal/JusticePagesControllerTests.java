package org.koldoo.justice.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The justice pages' own checks, without a database: a case, an article or an operation that breaks
 * the form's rules comes back naming each field at fault and nothing is recorded; the small forms
 * on a case's page go back to the page with the refusal; a definition note holds no more than its
 * column, and an unticked box means "no".
 */
@WithMockUser(roles = "INVESTIGATOR")
class JusticePagesControllerTests extends JusticeSliceTest {

  private static final UUID CASE = UUID.fromString("0c000000-0000-0000-0000-000000000001");

  @Test
  void a_case_breaking_the_form_s_rules_comes_back_naming_each_field_and_none_is_registered()
      throws Exception {
    String answer =
        formBack(
            post("/justice/new")
                .param("_notInternationalDefinition", "on") // the checkbox's marker
                .param("registrationNumber", "N".repeat(61))
                .param("registeredOn", "2100-01-01"));
    assertThat(answer)
        .contains(errorsOf("registrationNumber", "registeredOn", "origin", "articleId"));
    verify(cases, never()).register(any());
  }

  @Test
  void a_definition_note_longer_than_its_column_is_refused_and_an_unticked_box_means_no()
      throws Exception {
    var tooLong =
        flashedBackTo(
            "/justice/" + CASE,
            post("/justice/" + CASE + "/definition")
                .param("_notInternationalDefinition", "on")
                .param("note", "n".repeat(501)));
    assertThat(tooLong).containsEntry("actionError", "input.tooLong");
    assertThat(
            flashedBackTo(
                "/justice/" + CASE,
                post("/justice/" + CASE + "/definition")
                    .param("notInternationalDefinition", "maybe")
                    .param("note", "short")))
        .as("a box that is neither ticked nor not is no note too long")
        .containsEntry("actionError", "error.validation");
    verify(cases, never()).markDefinition(any(), org.mockito.ArgumentMatchers.anyBoolean(), any());

    var unticked =
        flashedBackTo(
            "/justice/" + CASE,
            post("/justice/" + CASE + "/definition")
                .param("_notInternationalDefinition", "on")
                .param("note", "Consent of the victim was not relevant"));
    assertThat(unticked).containsEntry("saved", true);
    verify(cases).markDefinition(CASE, false, "Consent of the victim was not relevant");
  }

  @Test
  void a_follow_up_breaking_its_rules_goes_back_to_the_case_naming_the_field() throws Exception {
    var answer =
        flashedBackTo(
            "/justice/" + CASE,
            post("/justice/" + CASE + "/follow-ups")
                .param("kind", "")
                .param("dueOn", "2026-12-31")
                .param("assignee", "investigator"));
    assertThat(answer).containsEntry("workError", "work.invalid.kind");
    verifyNoInteractions(work);
  }

  @Test
  @WithMockUser(roles = "SYSTEM_ADMINISTRATOR")
  void an_article_breaking_the_form_s_rules_comes_back_naming_each_field() throws Exception {
    String answer =
        formBack(
            post("/admin/articles")
                .param("code", " ")
                .param("titleEn", "t".repeat(201))
                .param("minMonths", "-1"));
    assertThat(answer).contains(errorsOf("code", "titleEn", "titleRu", "minMonths"));
    verify(articles, never()).add(any());
  }

  @Test
  void an_operation_without_a_name_comes_back_naming_it_and_none_is_recorded() throws Exception {
    String answer =
        formBack(post("/justice/operations").param("name", " ").param("startedOn", "2026-05-01"));
    assertThat(answer).contains(errorsOf("name"));
    verify(justice.operations(), never()).recordOperation(any());
  }
}
