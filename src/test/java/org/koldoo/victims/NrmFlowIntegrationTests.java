package org.koldoo.victims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.koldoo.victims.NrmActors.CC_BISHKEK;
import static org.koldoo.victims.NrmActors.CC_OSH;
import static org.koldoo.victims.NrmActors.MVD;
import static org.koldoo.victims.NrmActors.read;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.koldoo.platform.security.Role;
import org.koldoo.support.IntegrationTest;
import org.koldoo.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The path the country chapter asks for: an NGO screens and identifies a victim, refers her to the
 * Bishkek crisis centre, which accepts and records a shelter stay — while the police, without her
 * consent, never see her name, and the database never holds it in the clear.
 */
class NrmFlowIntegrationTests extends IntegrationTest {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired UserDetailsService users;
  @Autowired JdbcClient jdbc;

  private NrmActors actors;
  private RequestPostProcessor ngo;
  private RequestPostProcessor crisisCentre;
  private RequestPostProcessor police;

  @BeforeEach
  void people() {
    actors = new NrmActors(mvc, accounts, users);
    ngo = actors.person("osh-worker", CC_OSH, Role.CASE_WORKER);
    crisisCentre = actors.person("bishkek-worker", CC_BISHKEK, Role.CASE_WORKER);
    police = actors.person("mvd-investigator", MVD, Role.INVESTIGATOR);
  }

  @Test
  void an_ngo_identifies_and_refers_a_victim_and_the_crisis_centre_shelters_her() throws Exception {
    String family = "Токтосунова" + System.nanoTime() % 10000;
    UUID caseId = actors.registerAdult(ngo, family, "AN" + System.nanoTime() % 10_000_000);

    var screening =
        actors.call(
            ngo,
            "POST",
            "/api/v1/cases/" + caseId + "/screenings",
            """
            {"screenedOn":"2026-11-20","location":"NGO_OUTREACH","vulnerableGroup":"RETURNED_MIGRANTS",
             "indicators":["DR_DECEIVED_ABOUT_NATURE_OF_JOB","DR_DECEIVED_ABOUT_WAGES",
                           "EX_EXCESSIVE_HOURS","EX_NO_OR_LOW_PAY",
                           "CD_CONFISCATION_OF_DOCUMENTS","CD_DEBT_BONDAGE"]}
            """);
    assertThat(screening.getStatus()).isEqualTo(200);
    assertThat(read(screening, "$.proposesPresumedVictim")).isEqualTo("true");

    var identification =
        actors.call(
            ngo,
            "POST",
            "/api/v1/cases/" + caseId + "/identifications",
            """
            {"decidedOn":"2026-11-21","status":"IDENTIFIED_VICTIM","decidingOrganisationId":"%s",
             "exploitationTypes":["FORCED_LABOUR"],"sectors":["AGRICULTURE"],
             "meansOfControl":["WITHHOLDS_DOCUMENTS","DEBT_BONDAGE"],"recruitmentMethods":["JOB_OFFER"],
             "recruitmentChannel":"ONLINE_PLATFORM","recruiterRelation":"FRIEND_OR_ACQUAINTANCE",
             "countriesOfRecruitment":["KG"],"countriesOfExploitation":["RU"],
             "exploitationFrom":"2026-03-01","exploitationTo":"2026-10-15"}
            """
                .formatted(CC_OSH));
    assertThat(identification.getStatus()).isEqualTo(200);
    assertThat(read(identification, "$.summary.status")).isEqualTo("IDENTIFIED_VICTIM");

    // every fact the steps recorded comes back on the case page
    assertThat(
            mvc.perform(
                    org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                            "/cases/" + caseId)
                        .with(ngo))
                .andReturn()
                .getResponse()
                .getContentAsString())
        .contains(
            "Returned migrant",
            "Agriculture",
            "Debt bondage",
            "Online (social media, messengers, job sites)",
            "Friend or acquaintance",
            "Russia",
            "1 Mar 2026",
            "15 Oct 2026",
            "Debt bondage (strong)");

    // without consent there is no referral
    var refused =
        actors.call(
            ngo,
            "POST",
            "/api/v1/cases/" + caseId + "/referrals",
            """
            {"toOrganisationId":"%s","serviceType":"SHELTER","sentOn":"2026-11-22"}"""
                .formatted(CC_BISHKEK));
    assertThat(refused.getStatus()).isEqualTo(400);
    assertThat(refused.getContentAsString()).contains("not consented to referral");

    actors.consent(ngo, caseId, "REFERRAL", null, false);
    UUID referral = actors.refer(ngo, caseId, CC_BISHKEK);

    // before accepting, the centre sees the case but not her name
    var pending = actors.call(crisisCentre, "GET", "/api/v1/cases/" + caseId, null);
    assertThat(pending.getStatus()).isEqualTo(200);
    assertThat(pending.getContentAsString()).doesNotContain(family);
    assertThat(
            actors
                .call(crisisCentre, "GET", "/api/v1/cases/" + caseId + "/identity?purpose=x", null)
                .getStatus())
        .isEqualTo(403);

    assertThat(
            actors
                .call(crisisCentre, "POST", "/api/v1/referrals/" + referral + "/acceptance", null)
                .getStatus())
        .isEqualTo(204);
    var identity =
        actors.call(
            crisisCentre,
            "GET",
            "/api/v1/cases/" + caseId + "/identity?purpose=shelter%20admission",
            null);
    assertThat(identity.getStatus()).isEqualTo(200);
    assertThat(read(identity, "$.familyName")).isEqualTo(family);

    var shelter =
        actors.call(
            crisisCentre,
            "POST",
            "/api/v1/cases/" + caseId + "/services",
            """
            {"referralId":"%s","serviceType":"SHELTER","startedOn":"2026-11-23",
             "outcome":"ONGOING","notes":"Боится вернуться в Ош; бывший работодатель звонит"}
            """
                .formatted(referral));
    assertThat(shelter.getStatus()).isEqualTo(201);

    // the crisis centre reads its notes; the police, even with her later consent, never do
    assertThat(
            actors
                .call(crisisCentre, "GET", "/api/v1/cases/" + caseId + "/services", null)
                .getContentAsString())
        .contains("Боится вернуться");
    assertThat(actors.call(police, "GET", "/api/v1/cases/" + caseId, null).getStatus())
        .isEqualTo(404);
    assertThat(actors.call(police, "GET", "/api/v1/cases", null).getContentAsString())
        .doesNotContain(caseId.toString());
    assertThat(
            actors
                .call(police, "GET", "/api/v1/cases/" + caseId + "/identity?purpose=x", null)
                .getStatus())
        .isEqualTo(404);
    assertThat(
            mvc.perform(
                    org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                            "/cases/" + caseId)
                        .with(police))
                .andReturn()
                .getResponse()
                .getContentAsString())
        .doesNotContain(family);

    actors.consent(ngo, caseId, "LAW_ENFORCEMENT_CONTACT", MVD, false);
    assertThat(
            read(
                actors.call(
                    police, "GET", "/api/v1/cases/" + caseId + "/identity?purpose=interview", null),
                "$.familyName"))
        .isEqualTo(family);
    var policeServices = actors.call(police, "GET", "/api/v1/cases/" + caseId + "/services", null);
    assertThat(policeServices.getContentAsString())
        .doesNotContain("Боится")
        .contains("\"notesWithheld\":true");

    // every identity read is in the audit trail with its purpose
    assertThat(
            jdbc.sql(
                    "select purpose from audit_entry where action = 'IDENTITY_VIEWED' and object_id = :id"
                        + " order by id")
                .param("id", caseId.toString())
                .query(String.class)
                .list())
        .containsExactly("shelter admission", "interview");
  }

  @Test
  void the_database_holds_no_plaintext_name_document_or_birth_date() throws Exception {
    String family = "Кыдыралиева" + System.nanoTime() % 10000;
    String document = "ID" + System.nanoTime() % 100_000_000;
    UUID caseId = actors.registerAdult(ngo, family, document);
    actors.consent(ngo, caseId, "REFERRAL", null, false);
    UUID referral = actors.refer(ngo, caseId, CC_BISHKEK);
    actors.call(crisisCentre, "POST", "/api/v1/referrals/" + referral + "/acceptance", null);
    actors.call(
        crisisCentre,
        "POST",
        "/api/v1/cases/" + caseId + "/services",
        """
        {"serviceType":"LEGAL_AID","startedOn":"2026-11-23","notes":"Адвокат %s"}"""
            .formatted(family));

    for (String table :
        new String[] {
          "victim_case", "victim_consent", "referral", "service_delivery", "audit_entry"
        }) {
      String everything =
          jdbc.sql("select coalesce(string_agg(t::text, ' '), '') from " + table + " t")
              .query(String.class)
              .single();
      assertThat(everything)
          .as(table)
          .doesNotContain(family)
          .doesNotContain(document)
          .doesNotContain("1995-03-14")
          .doesNotContain("Aigul");
      long rawBytes =
          jdbc.sql(
                  "select count(*) from "
                      + table
                      + " t where position(convert_to(:n, 'UTF8') in"
                      + " convert_to(t::text, 'UTF8')) > 0")
              .param("n", family)
              .query(Long.class)
              .single();
      assertThat(rawBytes).isZero();
    }
    // and the ciphertext itself does not contain the UTF-8 bytes of the name
    assertThat(
            jdbc.sql(
                    "select count(*) from victim_case where position(convert_to(:n, 'UTF8') in"
                        + " identity_ciphertext) > 0")
                .param("n", family)
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void an_exact_search_finds_a_person_in_either_script() throws Exception {
    int pick = (int) (System.nanoTime() % 8);
    String family = "Кыдыралиев" + "бвдклмнр".charAt(pick);
    UUID caseId = actors.registerAdult(ngo, family, "X" + System.nanoTime() % 1_000_000);
    String informal = "Kidiraliev" + "bvdklmnr".charAt(pick);
    assertThat(search(ngo, "Aigul " + informal)).contains(caseId.toString());
    assertThat(
            jdbc.sql("select count(*) from audit_entry where action = 'IDENTITY_SEARCHED'")
                .query(Long.class)
                .single())
        .isPositive();
  }

  @Test
  void a_person_is_found_by_one_part_of_her_name_in_either_script() throws Exception {
    String tail = Long.toString(System.nanoTime() % 1_000_000, 36).replaceAll("[0-9]", "");
    String family = "Жумабаева" + "бвдклмнр".charAt((int) (System.nanoTime() % 8)) + tail;
    UUID caseId = actors.registerAdult(ngo, family, "P" + System.nanoTime() % 1_000_000);
    // the family name alone, or the patronymic and the family name without the given name
    for (String part : new String[] {family, "Садыковна " + family}) {
      assertThat(search(ngo, part)).as(part).contains(caseId.toString());
    }
    // each part must be one of hers: her family name with someone else's given name is not her
    assertThat(search(ngo, family + " Гүлнара")).doesNotContain(caseId.toString());
    // and a part of a name finds only what the searcher may see, like the whole name
    var police = actors.person("part-police", TestAccounts.MVD, Role.INVESTIGATOR);
    assertThat(search(police, family)).doesNotContain(caseId.toString());
  }

  private String search(RequestPostProcessor who, String name) throws Exception {
    return actors
        .call(who, "POST", "/api/v1/cases/search", "{\"name\":\"%s\"}".formatted(name))
        .getContentAsString();
  }
}
