package org.koldoo.victims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.koldoo.victims.NrmActors.CC_BISHKEK;
import static org.koldoo.victims.NrmActors.CC_OSH;
import static org.koldoo.victims.NrmActors.read;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

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

/** Children, concurrent edits, bad input, break-glass. */
class CaseRulesIntegrationTests extends IntegrationTest {

  @Autowired java.time.Clock clock;
  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired UserDetailsService users;
  @Autowired JdbcClient jdbc;

  private NrmActors actors;
  private RequestPostProcessor ngo;

  @BeforeEach
  void people() {
    actors = new NrmActors(mvc, accounts, users);
    ngo = actors.person("rules", CC_OSH, Role.CASE_WORKER);
  }

  @Test
  void a_child_is_referred_under_the_child_procedure_instead_of_adult_consent() throws Exception {
    var registered =
        actors.call(
            ngo,
            "POST",
            "/api/v1/cases",
            """
            {"givenName":"Бекзат","dateOfBirth":"2012-05-01","sex":"MALE"}""");
    UUID caseId = UUID.fromString(read(registered, "$.id"));
    assertThat(read(actors.call(ngo, "GET", "/api/v1/cases/" + caseId, null), "$.summary.child"))
        .isEqualTo("true");

    // a child's consent must come from the guardian
    var childConsent =
        actors.call(
            ngo,
            "POST",
            "/api/v1/cases/" + caseId + "/consents",
            """
            {"purpose":"REFERRAL","givenOn":"2026-11-01","byGuardian":false}""");
    assertThat(childConsent.getStatus()).isEqualTo(400);
    assertThat(childConsent.getContentAsString()).contains("byGuardian");

    // no referral before a best-interests determination
    var early =
        actors.call(
            ngo,
            "POST",
            "/api/v1/cases/" + caseId + "/referrals",
            """
            {"toOrganisationId":"%s","serviceType":"SHELTER","sentOn":"2026-11-20"}"""
                .formatted(CC_BISHKEK));
    assertThat(early.getStatus()).isEqualTo(400);
    assertThat(early.getContentAsString()).contains("best-interests");

    var protection =
        actors.call(
            ngo,
            "POST",
            "/api/v1/cases/" + caseId + "/child-protection",
            """
            {"guardianType":"GUARDIAN_ADVOCATE","guardianName":"Нурлан А.","bestInterestsOn":"2026-11-20","bestInterestsBy":"%s","bestInterestsSummary":"Safe placement needed"}"""
                .formatted(CC_OSH));
    assertThat(protection.getStatus()).isEqualTo(200);

    UUID referral = actors.refer(ngo, caseId, CC_BISHKEK);
    var bishkek = actors.person("child-centre", CC_BISHKEK, Role.CASE_WORKER);
    actors.call(bishkek, "POST", "/api/v1/referrals/" + referral + "/acceptance", null);
    var identity =
        actors.call(
            bishkek, "GET", "/api/v1/cases/" + caseId + "/identity?purpose=placement", null);
    assertThat(identity.getStatus()).isEqualTo(200);
    assertThat(read(identity, "$.givenName")).isEqualTo("Бекзат");
    // the child's guardian and best-interests decision come with the identity, as on the page
    assertThat(read(identity, "$.guardianName")).isEqualTo("Нурлан А.");
    assertThat(read(identity, "$.bestInterestsSummary")).isEqualTo("Safe placement needed");
    assertThat(
            jdbc.sql("select child_procedure from referral where id = :id")
                .param("id", referral)
                .query(Boolean.class)
                .single())
        .isTrue();
  }

  @Test
  void the_second_of_two_concurrent_edits_gets_a_conflict_and_loses_nothing() throws Exception {
    UUID caseId = actors.registerAdult(ngo, "Конфликтова", "C" + System.nanoTime() % 1_000_000);
    String version = read(actors.call(ngo, "GET", "/api/v1/cases/" + caseId, null), "$.version");
    String first =
        """
        {"familyName":"Конфликтова","givenName":"Айгүл","sex":"FEMALE","version":%s}"""
            .formatted(version);
    assertThat(actors.call(ngo, "PUT", "/api/v1/cases/" + caseId, first).getStatus())
        .isEqualTo(200);
    String second =
        """
        {"familyName":"Конфликтова","givenName":"Айгерим","sex":"FEMALE","version":%s}"""
            .formatted(version);
    var conflict = actors.call(ngo, "PUT", "/api/v1/cases/" + caseId, second);
    assertThat(conflict.getStatus()).isEqualTo(409);
    assertThat(conflict.getContentAsString()).contains("changed this case while you were editing");

    // on the screen, the second editor's entries come back with the explanation
    String page =
        mvc.perform(
                post("/cases/" + caseId + "/edit")
                    .with(ngo)
                    .with(csrf())
                    .param("familyName", "Конфликтова")
                    .param("givenName", "Айгерим-кайра")
                    .param("version", version))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("Айгерим-кайра").contains("changed this case while you were editing");
    assertThat(
            read(
                actors.call(
                    ngo, "GET", "/api/v1/cases/" + caseId + "/identity?purpose=check", null),
                "$.givenName"))
        .isEqualTo("Айгүл");
  }

  @Test
  void bad_input_gets_a_specific_message_and_writes_nothing() throws Exception {
    long cases = count("victim_case");
    var noName =
        actors.call(
            ngo,
            "POST",
            "/api/v1/cases",
            """
                                                           {"sex":"FEMALE"}""");
    assertThat(noName.getStatus()).isEqualTo(400);
    assertThat(noName.getContentAsString()).contains("familyName");
    var future =
        actors.call(
            ngo,
            "POST",
            "/api/v1/cases",
            """
                                          {"familyName":"Х","dateOfBirth":"2999-01-01"}""");
    assertThat(future.getStatus()).isEqualTo(400);
    assertThat(future.getContentAsString()).contains("dateOfBirth");
    var country =
        actors.call(
            ngo,
            "POST",
            "/api/v1/cases",
            """
                                          {"familyName":"Х","citizenships":["QQ"]}""");
    assertThat(country.getStatus()).isEqualTo(400);
    assertThat(count("victim_case")).isEqualTo(cases);

    UUID caseId = actors.registerAdult(ngo, "Проверкина", "P" + System.nanoTime() % 1_000_000);
    long decisions = count("victim_identification");
    var unknownOrg =
        actors.call(
            ngo,
            "POST",
            "/api/v1/cases/" + caseId + "/identifications",
            """
            {"decidedOn":"2026-11-01","status":"PRESUMED_VICTIM","decidingOrganisationId":"%s","exploitationTypes":["FORCED_LABOUR"]}"""
                .formatted(UUID.randomUUID()));
    assertThat(unknownOrg.getStatus()).isEqualTo(400);
    assertThat(unknownOrg.getContentAsString()).contains("decidingOrganisationId");
    var reversed =
        actors.call(
            ngo,
            "POST",
            "/api/v1/cases/" + caseId + "/identifications",
            """
            {"decidedOn":"2026-11-01","status":"PRESUMED_VICTIM","decidingOrganisationId":"%s","exploitationTypes":["FORCED_LABOUR"],"exploitationFrom":"2026-06-01","exploitationTo":"2026-05-01"}"""
                .formatted(CC_OSH));
    assertThat(reversed.getStatus()).isEqualTo(400);
    assertThat(reversed.getContentAsString()).contains("exploitationTo");
    assertThat(count("victim_identification")).isEqualTo(decisions);

    actors.consent(ngo, caseId, "REFERRAL", null, false);
    long referrals = count("referral");
    var toSelf =
        actors.call(
            ngo,
            "POST",
            "/api/v1/cases/" + caseId + "/referrals",
            """
            {"toOrganisationId":"%s","serviceType":"SHELTER","sentOn":"2026-11-20"}"""
                .formatted(CC_OSH));
    assertThat(toSelf.getStatus()).isEqualTo(400);
    assertThat(toSelf.getContentAsString()).contains("toOrganisationId");
    assertThat(count("referral")).isEqualTo(referrals);
  }

  @Test
  void an_unknown_case_page_names_the_case_asked_for_in_the_readers_language() throws Exception {
    UUID unknown = UUID.randomUUID();
    var page =
        mvc.perform(
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                        "/cases/" + unknown)
                    .with(ngo)
                    .header("Accept-Language", "ru"))
            .andReturn()
            .getResponse();
    assertThat(page.getStatus()).isEqualTo(404);
    assertThat(page.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
        .contains(unknown.toString(), "не найден")
        .doesNotContain("[Ljava.lang.Object");
  }

  @Test
  void messages_follow_the_callers_language() throws Exception {
    var response =
        mvc.perform(
                post("/api/v1/cases")
                    .with(ngo)
                    .header("Accept-Language", "ky")
                    .contentType("application/json")
                    .content(
                        """
                             {"sex":"FEMALE"}"""))
            .andReturn()
            .getResponse();
    assertThat(response.getContentAsString()).contains("Жок дегенде фамилияны");
    // the framework's own checks speak the caller's language too
    var future =
        mvc.perform(
                post("/api/v1/cases")
                    .with(ngo)
                    .header("Accept-Language", "ky")
                    .contentType("application/json")
                    .content(
                        """
                        {"familyName":"Асанова","sex":"FEMALE","dateOfBirth":"%s","estimatedAge":200}"""
                            .formatted(java.time.LocalDate.now(clock).plusDays(5))))
            .andReturn()
            .getResponse();
    assertThat(future.getStatus()).isEqualTo(400);
    assertThat(future.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
        .contains("Бүгүнкү же андан мурунку күн болушу керек.", "Эң көп 120 болушу керек.")
        .doesNotContain("must be");
  }

  @Test
  void break_glass_needs_a_reason_and_is_flagged_for_the_auditor() throws Exception {
    UUID caseId = actors.registerAdult(ngo, "Экстренова", "E" + System.nanoTime() % 1_000_000);
    var bishkek = actors.person("emergency", CC_BISHKEK, Role.CASE_WORKER);
    // not visible at all to an unrelated NGO: break-glass cannot discover cases
    assertThat(
            actors
                .call(
                    bishkek,
                    "GET",
                    "/api/v1/cases/"
                        + caseId
                        + "/identity?purpose=x&breakGlassReason=urgent%20danger%20to%20life",
                    null)
                .getStatus())
        .isEqualTo(404);
    // a national coordinator sees the case pseudonymously but holds no case-handling role
    var coordinator = actors.person("glass-coordinator", NrmActors.MOL, Role.NATIONAL_COORDINATOR);
    assertThat(
            actors
                .call(
                    coordinator,
                    "GET",
                    "/api/v1/cases/"
                        + caseId
                        + "/identity?purpose=x&breakGlassReason=urgent%20danger%20to%20life",
                    null)
                .getStatus())
        .isEqualTo(403);
    // a pending receiver may break the glass in an emergency, with a reason
    actors.consent(ngo, caseId, "REFERRAL", null, false);
    actors.refer(ngo, caseId, CC_BISHKEK);
    assertThat(
            actors
                .call(bishkek, "GET", "/api/v1/cases/" + caseId + "/identity?purpose=x", null)
                .getStatus())
        .isEqualTo(403);
    var glass =
        actors.call(
            bishkek,
            "GET",
            "/api/v1/cases/"
                + caseId
                + "/identity?purpose=x&breakGlassReason=victim%20missing%2C%20police%20search",
            null);
    assertThat(glass.getStatus()).isEqualTo(200);
    assertThat(read(glass, "$.breakGlass")).isEqualTo("true");
    assertThat(glass.getHeader("Deprecation")).isNotNull();
    assertThat(
            jdbc.sql(
                    "select purpose from audit_entry where action = 'IDENTITY_BREAK_GLASS' and object_id = :id")
                .param("id", caseId.toString())
                .query(String.class)
                .single())
        .isEqualTo("BREAK-GLASS: victim missing, police search");

    // the reason is kept in the clear in the audit trail: within its length, and naming no number
    String api = "/api/v1/cases/" + caseId + "/identity";
    for (String reason : new String[] {"her mother called from 0555 123 456", "x".repeat(181)}) {
      var refused =
          actors.call(
              bishkek,
              "POST",
              api,
              "{\"purpose\":\"x\",\"breakGlassReason\":\"%s\"}".formatted(reason));
      assertThat(refused.getStatus()).as(reason).isEqualTo(400);
      assertThat(refused.getContentAsString()).contains("breakGlassReason");
    }
    // a purpose is kept in the audit trail too
    var purpose = actors.call(ngo, "POST", api, "{\"purpose\":\"call back on 0555123456\"}");
    assertThat(purpose.getStatus()).isEqualTo(400);
    assertThat(purpose.getContentAsString()).contains("purpose");
    // sent in the body, by the API and by the page's form, the reason never stands in an address
    var posted =
        actors.call(
            bishkek,
            "POST",
            api,
            "{\"purpose\":\"x\",\"breakGlassReason\":\"victim missing, family worried\"}");
    assertThat(posted.getStatus()).isEqualTo(200);
    assertThat(read(posted, "$.breakGlass")).isEqualTo("true");
    assertThat(posted.getHeader("Deprecation")).isNull();
    var page =
        mvc.perform(
                post("/cases/" + caseId + "/identity")
                    .param("breakGlassReason", "victim missing, shelter asks")
                    .with(bishkek)
                    .with(csrf()))
            .andReturn()
            .getResponse();
    assertThat(page.getStatus()).isEqualTo(200);
    assertThat(page.getContentAsString()).contains("Экстренова");
    // refused on the page, the reason is said and the way back leads to the case
    var refusedPage =
        mvc.perform(
                post("/cases/" + caseId + "/identity")
                    .param("breakGlassReason", "her mother called from 0555 123 456")
                    .header("Origin", "http://localhost")
                    .header("Referer", "http://localhost/cases/" + caseId)
                    .with(bishkek)
                    .with(csrf()))
            .andReturn()
            .getResponse();
    assertThat(refusedPage.getStatus()).isEqualTo(400);
    assertThat(refusedPage.getContentAsString())
        .contains("Must not hold a telephone number", "id=\"error-back\"")
        .contains("href=\"/cases/" + caseId + "\"")
        .doesNotContain("555 123 456");
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_entry where action = 'IDENTITY_BREAK_GLASS'"
                        + " and object_id = :id")
                .param("id", caseId.toString())
                .query(Long.class)
                .single())
        .isEqualTo(3);
  }

  @Test
  void a_photo_is_sealed_shown_only_with_identity_access_and_every_view_audited() throws Exception {
    UUID caseId = actors.registerAdult(ngo, "Фотоева", "F" + System.nanoTime() % 1_000_000);
    byte[] png = new byte[600];
    byte[] header = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a};
    System.arraycopy(header, 0, png, 0, header.length);
    java.util.Arrays.fill(png, 8, png.length, (byte) 'Q');
    mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(
                    "/cases/" + caseId + "/photo")
                .file(
                    new org.springframework.mock.web.MockMultipartFile(
                        "photo", "p.png", "image/png", png))
                .with(ngo)
                .with(csrf()))
        .andReturn();
    var shown =
        mvc.perform(
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                        "/cases/" + caseId + "/photo")
                    .with(ngo))
            .andReturn()
            .getResponse();
    assertThat(shown.getStatus()).isEqualTo(200);
    assertThat(shown.getContentAsByteArray()).isEqualTo(png);
    assertThat(
            jdbc.sql(
                    "select position('\\x515151515151'::bytea in photo_ciphertext) from victim_case where id = :id")
                .param("id", caseId)
                .query(Integer.class)
                .single())
        .isZero();
    var police = actors.person("photo-police", NrmActors.MVD, Role.INVESTIGATOR);
    assertThat(
            mvc.perform(
                    org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                            "/cases/" + caseId + "/photo")
                        .with(police))
                .andReturn()
                .getResponse()
                .getStatus())
        .as("the police do not even learn that the case exists")
        .isEqualTo(404);
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_entry where action = 'PHOTO_VIEWED' and object_id = :id")
                .param("id", caseId.toString())
                .query(Long.class)
                .single())
        .isOne();

    // anything that is not a JPEG or PNG is refused and nothing changes
    mvc.perform(
        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(
                "/cases/" + caseId + "/photo")
            .file(
                new org.springframework.mock.web.MockMultipartFile(
                    "photo", "x.exe", "image/png", "MZ-not-an-image".getBytes()))
            .with(ngo)
            .with(csrf()));
    assertThat(
            mvc.perform(
                    org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                            "/cases/" + caseId + "/photo")
                        .with(ngo))
                .andReturn()
                .getResponse()
                .getContentAsByteArray())
        .isEqualTo(png);
  }

  @Test
  void an_optional_field_left_empty_on_a_form_is_simply_not_given() throws Exception {
    UUID caseId = actors.registerAdult(ngo, "Кайтуучу", "R" + System.nanoTime() % 1_000_000);
    var response =
        mvc.perform(
                post("/cases/" + caseId + "/return")
                    .with(ngo)
                    .with(csrf())
                    .param("kind", "REPATRIATION_OF_NATIONAL")
                    .param("eventOn", "2026-11-20")
                    .param("country", "")
                    .param("outcome", ""))
            .andReturn()
            .getResponse();
    assertThat(response.getRedirectedUrl()).isEqualTo("/cases/" + caseId);
    assertThat(
            jdbc.sql("select count(*) from victim_return where case_id = :c and country is null")
                .param("c", caseId)
                .query(Long.class)
                .single())
        .isOne();
  }

  @Test
  void the_police_see_the_identity_they_recorded_themselves_and_others_do_not() throws Exception {
    var police = actors.person("own-police", NrmActors.MVD, Role.INVESTIGATOR);
    UUID caseId = actors.registerAdult(police, "Полицейская", "PL" + System.nanoTime() % 1_000_000);
    assertThat(
            actors
                .call(
                    police, "GET", "/api/v1/cases/" + caseId + "/identity?purpose=interview", null)
                .getStatus())
        .isEqualTo(200);
    assertThat(actors.call(ngo, "GET", "/api/v1/cases/" + caseId, null).getStatus()).isEqualTo(404);
  }

  private long count(String table) {
    return jdbc.sql("select count(*) from " + table).query(Long.class).single();
  }
}
