package org.koldoo.victims.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verifyNoInteractions;

import java.util.UUID;
import org.junit.jupiter.api.Test;
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
}
