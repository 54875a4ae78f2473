package org.koldoo.victims.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.koldoo.platform.web.Page;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The victim cases API's own checks, without a database: a person, a screening and a consent that
 * break their forms' rules are refused with every field at fault named, before any use case runs
 * and so before anything about a victim is stored or even encrypted.
 */
@WithMockUser(roles = "CASE_WORKER")
class CaseApiControllerTests extends VictimsSliceTest {

  @Test
  void a_person_with_overlong_names_a_future_birth_and_a_bad_country_is_refused() throws Exception {
    var response =
        send(
            "/api/v1/cases",
            """
            {"familyName":"%s","givenName":"Айгуль","dateOfBirth":"2100-01-01",
             "estimatedAge":130,"citizenships":["KGZ"],"notes":"%s"}"""
                .formatted("Ф".repeat(101), "n".repeat(4001)));
    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(response.getContentAsString())
        .contains("familyName", "dateOfBirth", "estimatedAge", "citizenships", "notes")
        .doesNotContain("Айгуль");
    verifyNoInteractions(victims.persons(), victims.duplicates());
  }

  @Test
  void the_same_person_is_refused_by_the_duplicate_check_too() throws Exception {
    var response =
        send("/api/v1/cases/duplicate-check", "{\"familyName\":\"%s\"}".formatted("Ф".repeat(101)));
    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(response.getContentAsString()).contains("familyName");
    verifyNoInteractions(victims.duplicates());
  }

  @Test
  void a_screening_without_day_place_or_group_is_refused_naming_each() throws Exception {
    var response =
        send("/api/v1/cases/" + UUID.randomUUID() + "/screenings", "{\"indicators\":[]}");
    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(response.getContentAsString()).contains("screenedOn", "location", "vulnerableGroup");
    verifyNoInteractions(victims.steps());
  }

  @Test
  void a_consent_given_in_the_future_or_without_purpose_is_refused() throws Exception {
    var response =
        send("/api/v1/cases/" + UUID.randomUUID() + "/consents", "{\"givenOn\":\"2100-01-01\"}");
    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(response.getContentAsString()).contains("purpose", "givenOn");
    verifyNoInteractions(victims.steps());
  }

  @Test
  void a_search_for_a_person_takes_her_from_the_body_and_refuses_an_empty_or_overlong_one()
      throws Exception {
    when(readModel.search(any(), any(), any())).thenReturn(new Page<>(List.of(), 0, 25, 0));
    for (String body :
        List.of(
            "{}",
            "{\"name\":\" \",\"document\":\"\"}",
            "{\"name\":\"%s\"}".formatted("А".repeat(301)),
            "{\"document\":\"%s\"}".formatted("9".repeat(51)))) {
      var refused = send("/api/v1/cases/search", body);
      assertThat(refused.getStatus()).as(body).isEqualTo(400);
      assertThat(refused.getContentAsString()).as(body).containsAnyOf("\"name\"", "\"document\"");
    }
    verifyNoInteractions(victims.identities());
    when(victims.identities().searchIdentity("Айгуль", LocalDate.of(1999, 4, 3), null))
        .thenReturn(Set.of(ID));
    var found =
        send(
            post("/api/v1/cases/search").param("open", "true").param("size", "10"),
            "{\"name\":\"Айгуль\",\"dateOfBirth\":\"1999-04-03\"}");
    assertThat(found.getStatus()).isEqualTo(200);
    assertThat(found.getHeader("Deprecation")).isNull();
    verify(readModel)
        .search(
            any(),
            argThat(f -> Set.of(ID).equals(f.ids()) && Boolean.TRUE.equals(f.open())),
            argThat(p -> p.getPageSize() == 10));
  }

  @Test
  void the_register_s_address_still_searches_as_before_and_says_it_is_deprecated()
      throws Exception {
    when(readModel.search(any(), any(), any())).thenReturn(new Page<>(List.of(), 0, 25, 0));
    when(victims.identities().searchIdentity("Айгуль", null, null)).thenReturn(Set.of(ID));
    var found = mvc.perform(get("/api/v1/cases").param("name", "Айгуль")).andReturn().getResponse();
    assertThat(found.getStatus()).isEqualTo(200);
    assertThat(found.getHeader("Deprecation")).isEqualTo(CaseSearchApiController.DEPRECATED_SINCE);
    assertThat(found.getHeader("Link")).contains("/api/v1/cases/search");
    verify(readModel).search(any(), argThat(f -> Set.of(ID).equals(f.ids())), any());
    var register = mvc.perform(get("/api/v1/cases")).andReturn().getResponse();
    assertThat(register.getHeader("Deprecation")).isNull();
    verify(readModel).search(any(), argThat(f -> f.ids() == null), any());
  }

  @Test
  void a_return_s_outcome_naming_a_telephone_is_refused_as_it_is_not_sealed() throws Exception {
    var response =
        send(
            "/api/v1/cases/" + UUID.randomUUID() + "/returns",
            """
            {"kind":"REPATRIATION_OF_NATIONAL","eventOn":"2026-01-15",
             "outcome":"with her brother, 0555 123 456"}""");
    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(response.getContentAsString()).contains("outcome").doesNotContain("555 123 456");
    verifyNoInteractions(victims.steps());
  }

  @Test
  void an_identity_asked_for_in_a_body_needs_a_purpose_as_in_the_address() throws Exception {
    var response = send("/api/v1/cases/" + UUID.randomUUID() + "/identity", "{}");
    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(response.getContentAsString()).contains("purpose");
    verifyNoInteractions(victims.identities());
  }

  private static final UUID ID = UUID.fromString("0a000000-0000-0000-0000-000000000001");
}
