package org.koldoo.victims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.koldoo.victims.NrmActors.CC_OSH;
import static org.koldoo.victims.NrmActors.MVD;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.koldoo.platform.security.Role;
import org.koldoo.support.IntegrationTest;
import org.koldoo.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * "Who looked for her?": the identity searches and registration checks that sought a victim are
 * found by an auditor from her name and document, though the trail keeps neither; those that sought
 * someone else are not; and the auditor's own trace is found by the next.
 */
class WhoLookedForHerIntegrationTests extends IntegrationTest {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired UserDetailsService users;

  private NrmActors actors;
  private RequestPostProcessor ngo;
  private RequestPostProcessor police;
  private RequestPostProcessor auditor;

  @BeforeEach
  void people() {
    actors = new NrmActors(mvc, accounts, users);
    ngo = actors.person("sought-ngo", CC_OSH, Role.CASE_WORKER);
    police = actors.person("sought-police", MVD, Role.INVESTIGATOR);
    auditor = actors.person("sought-auditor", TestAccounts.MOL, Role.AUDITOR);
  }

  @Test
  void an_auditor_finds_who_looked_for_her_and_nobody_who_looked_for_someone_else()
      throws Exception {
    String family = "Бакирова" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "");
    String document = "AC" + System.nanoTime() % 10_000_000;
    UUID caseId = actors.registerAdult(ngo, family, document);
    search(ngo, "{\"name\":\"%s\"}".formatted(family)); // her family name: her
    search(police, "{\"document\":\"%s\"}".formatted(document)); // her document: her
    search(ngo, "{\"name\":\"%s Гүлнара\"}".formatted(family)); // another given name: not her
    search(ngo, "{\"name\":\"Другая\",\"dateOfBirth\":\"1995-03-14\"}"); // her birthday only
    var check =
        actors.call(
            ngo,
            "POST",
            "/api/v1/cases/duplicate-check",
            "{\"familyName\":\"%s\",\"givenName\":\"Айгүл\",\"sex\":\"FEMALE\"}".formatted(family));
    assertThat(check.getStatus()).isEqualTo(200);

    var traced = actors.call(auditor, "GET", "/api/v1/cases/" + caseId + "/look-ups", null);
    assertThat(traced.getStatus()).as(traced.getContentAsString()).isEqualTo(200);
    String json = traced.getContentAsString();
    List<Map<String, Object>> lookUps = JsonPath.read(json, "$.found.lookUps[*]");
    assertThat(lookUps)
        .extracting(l -> l.get("action"))
        .containsExactlyInAnyOrder("IDENTITY_SEARCHED", "IDENTITY_SEARCHED", "DUPLICATE_CHECKED");
    assertThat(lookUps)
        .extracting(l -> (String) l.get("actor"))
        .anyMatch(a -> a.startsWith("sought-police"))
        .allMatch(a -> a.startsWith("sought-ngo") || a.startsWith("sought-police"));
    assertThat(lookUps)
        .extracting(l -> l.get("matched"))
        .contains(List.of("NAME"), List.of("DOCUMENT"));
    assertThat(json).doesNotContain(family, document, "sought=");
    assertThat(JsonPath.<Boolean>read(json, "$.nothingToTrace")).isFalse();

    // the auditor's page, and the trace itself on the case's record of the trail
    String page =
        mvc.perform(get("/cases/" + caseId + "/look-ups").with(auditor))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page)
        .contains("id=\"look-ups-table\"", "sought-police")
        .contains("/audit?objectType=victim-case&amp;objectId=" + caseId)
        .doesNotContain(family);
    String trail =
        mvc.perform(get("/audit").param("objectId", caseId.toString()).with(auditor))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(trail).contains("CASE_LOOK_UPS_TRACED");
    String policeUser =
        lookUps.stream()
            .map(l -> (String) l.get("actor"))
            .filter(a -> a.startsWith("sought-police"))
            .findFirst()
            .orElseThrow();
    String theirs =
        mvc.perform(get("/audit").param("actor", policeUser).with(auditor))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(theirs).doesNotContain("sought=").contains("sought: document");
  }

  @Test
  void only_an_auditor_asks_and_only_of_a_case_never_of_a_name() throws Exception {
    UUID caseId =
        actors.registerAdult(
            ngo, "Асанова" + System.nanoTime() % 1000, "AN" + System.nanoTime() % 10_000_000);
    for (RequestPostProcessor other : List.of(ngo, police)) {
      assertThat(
              actors.call(other, "GET", "/api/v1/cases/" + caseId + "/look-ups", null).getStatus())
          .isEqualTo(403);
    }
    assertThat(
            mvc.perform(get("/cases/" + caseId + "/look-ups").with(ngo))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(403);
    assertThat(
            actors
                .call(auditor, "GET", "/api/v1/cases/" + UUID.randomUUID() + "/look-ups", null)
                .getStatus())
        .isEqualTo(404);
  }

  private void search(RequestPostProcessor who, String body) throws Exception {
    assertThat(actors.call(who, "POST", "/api/v1/cases/search", body).getStatus()).isEqualTo(200);
  }
}
