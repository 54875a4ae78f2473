package org.koldoo.victims.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.koldoo.organisations.OrganisationType;
import org.koldoo.platform.security.Role;
import org.koldoo.platform.web.Page;
import org.koldoo.support.CaseSummaries;
import org.koldoo.victims.CaseAction;
import org.koldoo.victims.internal.CaseExceptions.CaseNotFound;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The case pages' own checks, without a database: a form that breaks its rules comes back with each
 * field at fault named and what was typed kept, and no use case runs; what the guard refuses is
 * refused before anything of the case is read; only those who handle cases search by identity; a
 * document form without its file is a clear 400.
 */
@WithMockUser(roles = "CASE_WORKER")
class CasePagesControllerTests extends VictimsSliceTest {

  private static final UUID ID = UUID.fromString("0a000000-0000-0000-0000-000000000001");
  private static final UUID SHELTER = UUID.fromString("00000000-0000-0000-0000-000000000011");

  @BeforeEach
  void aCaseOfTheShelter() {
    VictimCase c =
        VictimCase.register(
            ID, SHELTER, "KG-2026-000123", "P-7Q4K", LocalDate.of(2026, 3, 2), "cw", Instant.now());
    when(victims.guard().loadFor(eq(ID), any())).thenReturn(c);
    when(victims.guard().load(ID)).thenReturn(c);
    when(victims.api().summary(c))
        .thenReturn(CaseSummaries.of(ID, "KG-2026-000123", "P-7Q4K", SHELTER));
    when(readModel.search(any(), any(), any())).thenReturn(new Page<>(List.of(), 0, 25, 0));
    when(viewers.current())
        .thenReturn(new Viewer("cw", SHELTER, OrganisationType.NGO, Set.of(Role.CASE_WORKER)));
  }

  private MockHttpServletResponse submit(AbstractMockHttpServletRequestBuilder<?> form)
      throws Exception {
    return mvc.perform(form.with(csrf())).andReturn().getResponse();
  }

  @Test
  void a_person_breaking_the_form_s_rules_comes_back_naming_each_field_with_nothing_checked()
      throws Exception {
    String answer =
        formBack(
            post("/cases/new")
                .param("familyName", "Ф".repeat(101))
                .param("givenName", "Айгуль")
                .param("dateOfBirth", "2100-01-01")
                .param("estimatedAge", "130")
                .param("registeredOn", "2026-03-02"));
    assertThat(answer)
        .contains(errorsOf("familyName", "dateOfBirth", "estimatedAge"))
        .as("what was typed is kept")
        .contains("value=\"Айгуль\"");
    verifyNoInteractions(victims.duplicates(), victims.persons());
  }

  @Test
  void a_step_form_breaking_its_rules_comes_back_naming_each_field_and_records_nothing()
      throws Exception {
    assertThat(formBack(post("/cases/" + ID + "/screening").param("screenedOn", "2100-01-01")))
        .contains(errorsOf("screenedOn", "location", "vulnerableGroup"));
    assertThat(formBack(post("/cases/" + ID + "/task").param("assignee", "x".repeat(65))))
        .contains(errorsOf("kind", "dueOn", "assignee"));
    assertThat(formBack(post("/cases/" + ID + "/close").param("closedOn", "2100-01-01")))
        .contains(errorsOf("reason", "closedOn"));
    verifyNoInteractions(victims.steps(), victims.work());
  }

  @Test
  void a_small_form_on_the_case_page_that_breaks_its_rules_goes_back_to_the_case_unsaved()
      throws Exception {
    assertThat(
            flashedBackTo(
                "/cases/" + ID,
                post("/cases/" + ID + "/assignment").param("assignee", "x".repeat(65))))
        .containsEntry("actionError", "error.validation");
    assertThat(
            flashedBackTo(
                "/cases/" + ID,
                post("/cases/" + ID + "/tasks/" + UUID.randomUUID() + "/done")
                    .param("doneOn", "2100-01-01")))
        .containsEntry("actionError", "error.validation");
    verifyNoInteractions(victims.work());
  }

  @Test
  void a_small_form_refused_by_the_case_s_state_goes_back_to_the_case_saying_why()
      throws Exception {
    doThrow(CaseExceptions.CaseConflict.staleEdit()).when(victims.work()).assign(eq(ID), any());
    assertThat(
            flashedBackTo(
                "/cases/" + ID, post("/cases/" + ID + "/assignment").param("assignee", "cw")))
        .containsEntry("actionError", "case.staleEdit");
  }

  @Test
  void what_the_guard_refuses_is_refused_before_the_identity_or_a_form_is_read() throws Exception {
    UUID other = UUID.randomUUID();
    when(victims.guard().load(other)).thenThrow(CaseNotFound.forId(other));
    when(victims.guard().loadFor(eq(other), any()))
        .thenThrow(new AccessDeniedException("this viewer may not"));

    assertThat(statusOf("/cases/" + other)).isEqualTo(404);
    assertThat(statusOf("/cases/" + other + "/edit")).isEqualTo(403);
    assertThat(statusOf("/cases/" + other + "/identification")).isEqualTo(403);
    assertThat(statusOf("/cases/" + other + "/close")).isEqualTo(403);
    verify(victims.identities(), never()).revealIdentity(any(), any(), any());
    verify(victims.guard()).loadFor(other, CaseAction.EDIT_PERSON);
    verify(victims.guard()).loadFor(other, CaseAction.RECORD_IDENTIFICATION);
    verify(victims.guard()).loadFor(other, CaseAction.MANAGE_CASE);
    verifyNoInteractions(records);
  }

  @Test
  @WithMockUser(roles = "ANALYST")
  void someone_who_handles_no_cases_searching_by_name_finds_nothing_and_reads_no_identity()
      throws Exception {
    when(viewers.current())
        .thenReturn(new Viewer("analyst", null, OrganisationType.MINISTRY, Set.of(Role.ANALYST)));
    MockHttpSession session = new MockHttpSession();
    String found =
        searchedTo(
            session,
            post("/cases/identity-search")
                .param("name", "Айгуль")
                .param("dateOfBirth", "1999-04-03"));
    assertThat(page(session, found)).contains("id=\"identity-found\"");
    verifyNoInteractions(victims.identities());
    verify(readModel).search(any(), argThat(f -> f.ids() != null && f.ids().isEmpty()), any());
  }

  @Test
  void a_case_worker_s_search_is_sent_in_the_body_and_the_register_s_address_never_names_her()
      throws Exception {
    when(victims
            .identities()
            .searchIdentity("Айгуль Асанова", LocalDate.of(1999, 4, 3), "AN1234567"))
        .thenReturn(Set.of(ID));
    when(readModel.search(any(), argThat(f -> Set.of(ID).equals(f.ids())), any()))
        .thenReturn(new Page<>(List.of(), 2, 25, 60));
    MockHttpSession session = new MockHttpSession();
    String found =
        searchedTo(
            session,
            post("/cases/identity-search")
                .param("name", "Айгуль Асанова")
                .param("dateOfBirth", "1999-04-03")
                .param("document", "AN1234567"));
    String page = page(session, found + "&page=2");
    verify(readModel).search(any(), argThat(f -> Set.of(ID).equals(f.ids())), any());
    assertThat(page)
        .contains("id=\"identity-found\"")
        .as("the pages of the result and its filters keep the search by its token")
        .contains(
            "href=\"/cases?found=" + token(found) + "&amp;page=1\"",
            "name=\"found\" value=\"" + token(found))
        .as("nothing typed comes back: not in a link, not in the form")
        .doesNotContain("Асанова", "1999-04-03", "AN1234567");
    verify(victims.identities(), times(1)).searchIdentity(any(), any(), any());
  }

  @Test
  void an_address_naming_a_person_is_searched_once_and_answered_with_one_that_does_not()
      throws Exception {
    when(victims.identities().searchIdentity("Айгуль", null, null)).thenReturn(Set.of(ID));
    MockHttpSession session = new MockHttpSession();
    String found = searchedTo(session, get("/cases").param("name", "Айгуль").param("open", "true"));
    assertThat(found).contains("open=true").doesNotContain("name", "%D0");
    page(session, found);
    verify(readModel).search(any(), argThat(f -> Set.of(ID).equals(f.ids()) && f.open()), any());
  }

  @Test
  void a_search_of_another_session_or_an_older_one_shows_no_case_and_asks_for_it_again()
      throws Exception {
    when(victims.identities().searchIdentity(any(), any(), any())).thenReturn(Set.of(ID));
    MockHttpSession mine = new MockHttpSession();
    String first = searchedTo(mine, post("/cases/identity-search").param("name", "Айгуль"));
    for (int i = 0; i < IdentitySearches.KEPT; i++) {
      searchedTo(mine, post("/cases/identity-search").param("name", "Айгуль " + i));
    }
    for (MockHttpSession session : List.of(mine, new MockHttpSession())) {
      String page = page(session, first);
      assertThat(page).contains("id=\"identity-expired\"").doesNotContain("id=\"identity-found\"");
    }
    // never the whole register instead
    verify(readModel, times(2))
        .search(any(), argThat(f -> f.ids() != null && f.ids().isEmpty()), any());
  }

  @Test
  void a_search_that_asks_nothing_or_breaks_a_limit_comes_back_saying_why_and_searches_nothing()
      throws Exception {
    assertThat(formBack(post("/cases/identity-search").param("name", " ")))
        .contains("Enter a name, a date of birth or a document number.");
    assertThat(
            formBack(
                post("/cases/identity-search")
                    .param("name", "А".repeat(301))
                    .param("document", "9".repeat(51))))
        .contains(errorsOf("name", "document"));
    assertThat(
            formBack(
                post("/cases/identity-search")
                    .param("name", "Айгуль")
                    .param("dateOfBirth", "1999-02-31")))
        .contains(errorsOf("dateOfBirth"));
    verifyNoInteractions(victims.identities());
  }

  /** Sends a search; where it sends the person (the register's address), checked to name no one. */
  private String searchedTo(MockHttpSession session, MockHttpServletRequestBuilder search)
      throws Exception {
    var answer = mvc.perform(search.session(session).with(csrf())).andReturn().getResponse();
    assertThat(answer.getStatus()).isEqualTo(302);
    String to = answer.getRedirectedUrl();
    assertThat(to).matches("/cases\\?(.*&)?found=[0-9a-f]{24}(&.*)?");
    return to;
  }

  private String page(MockHttpSession session, String address) throws Exception {
    var answer = mvc.perform(get(address).session(session)).andReturn().getResponse();
    assertThat(answer.getStatus()).isEqualTo(200);
    return answer.getContentAsString();
  }

  private static String token(String address) {
    return address.replaceAll(".*found=([0-9a-f]+).*", "$1");
  }

  @Test
  void a_document_or_photo_form_without_its_file_is_a_clear_400_and_keeps_nothing()
      throws Exception {
    assertThat(submit(multipart("/cases/" + ID + "/photo")).getStatus()).isEqualTo(400);
    assertThat(submit(multipart("/cases/" + ID + "/attachments")).getStatus()).isEqualTo(400);
    var api = submit(multipart("/api/v1/cases/" + ID + "/attachments"));
    assertThat(api.getStatus()).isEqualTo(400);
    assertThat(api.getContentAsString()).contains("file");
    verifyNoInteractions(victims.identities(), victims.attachments());
  }
}
