package org.koldoo.victims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.koldoo.victims.NrmActors.CC_BISHKEK;
import static org.koldoo.victims.NrmActors.CC_OSH;
import static org.koldoo.victims.NrmActors.read;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.koldoo.platform.security.Role;
import org.koldoo.support.IntegrationTest;
import org.koldoo.support.PdfText;
import org.koldoo.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The printed documents of a case hold what they should, in the reader's language with Cyrillic
 * intact, and the identity only for those who may see it, every such print audited.
 */
class CaseDocumentsIntegrationTests extends IntegrationTest {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired UserDetailsService users;
  @Autowired JdbcClient jdbc;

  private NrmActors actors;
  private RequestPostProcessor ngo;
  private String caseId;
  private String pseudonym;
  private String family;

  @BeforeEach
  void aScreenedCase() throws Exception {
    actors = new NrmActors(mvc, accounts, users);
    ngo = actors.person("docs", CC_OSH, Role.CASE_WORKER);
    family = "Үсөнова" + (char) ('а' + (int) (System.nanoTime() % 20));
    var registered =
        actors.call(
            ngo,
            "POST",
            "/api/v1/cases",
            """
            {"familyName":"%s","givenName":"Гүлнара","dateOfBirth":"1998-03-04","sex":"FEMALE"}"""
                .formatted(family));
    caseId = read(registered, "$.id");
    pseudonym = read(registered, "$.pseudonym");
    actors.call(
        ngo,
        "POST",
        "/api/v1/cases/" + caseId + "/screenings",
        """
        {"screenedOn":"%s","location":"NGO_OUTREACH","vulnerableGroup":"RETURNED_MIGRANTS",
         "indicators":["ILO_DECEPTION"]}"""
            .formatted(LocalDate.now().minusDays(1)));
  }

  @Test
  void the_consent_form_reads_in_kyrgyz_with_the_name_and_the_rights_and_is_audited()
      throws Exception {
    long before = identityViews();
    String text = pdf(ngo, "/cases/" + caseId + "/documents/consent.pdf", "ky");
    assertThat(text)
        .contains("Жеке маалыматты пайдаланууга макулдук", family, "Гүлнара", "04.03.1998")
        .contains("Сиздин укуктарыңыз", "кайтарып ала аласыз")
        .contains("Адамдын колу жана күнү");
    assertThat(identityViews()).isEqualTo(before + 1);

    assertThat(pdf(ngo, "/cases/" + caseId + "/documents/consent.pdf", "ru"))
        .contains("Согласие на использование персональных данных", "Ваши права");
  }

  @Test
  void a_receiver_without_identity_access_prints_a_summary_without_the_name() throws Exception {
    RequestPostProcessor shelter = actors.person("docs-recv", CC_BISHKEK, Role.CASE_WORKER);
    actors.call(
        ngo,
        "POST",
        "/api/v1/cases/" + caseId + "/consents",
        """
        {"purpose":"REFERRAL","givenOn":"%s"}"""
            .formatted(LocalDate.now()));
    actors.call(
        ngo,
        "POST",
        "/api/v1/cases/" + caseId + "/referrals",
        """
        {"toOrganisationId":"%s","serviceType":"SHELTER","sentOn":"%s"}"""
            .formatted(CC_BISHKEK, LocalDate.now()));
    long before = identityViews();
    String text = pdf(shelter, "/cases/" + caseId + "/documents/summary.pdf", "en");
    assertThat(text)
        .contains("Case summary", pseudonym, "Referral")
        .contains("identity is not printed")
        .doesNotContain(family, "Гүлнара");
    assertThat(identityViews()).isEqualTo(before);
    // the consent form is the registering organisation's to print
    assertThat(
            mvc.perform(get("/cases/" + caseId + "/documents/consent.pdf").with(shelter))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(403);

    assertThat(pdf(ngo, "/cases/" + caseId + "/documents/summary.pdf", "en"))
        .contains(family, pseudonym);
  }

  @Test
  void the_referral_letter_names_the_person_only_for_those_who_may_see_her() throws Exception {
    RequestPostProcessor shelter = actors.person("docs-letter", CC_BISHKEK, Role.CASE_WORKER);
    actors.call(
        ngo,
        "POST",
        "/api/v1/cases/" + caseId + "/consents",
        """
        {"purpose":"REFERRAL","givenOn":"%s"}"""
            .formatted(LocalDate.now()));
    String referral =
        read(
            actors.call(
                ngo,
                "POST",
                "/api/v1/cases/" + caseId + "/referrals",
                """
                {"toOrganisationId":"%s","serviceType":"LEGAL_AID","sentOn":"%s"}"""
                    .formatted(CC_BISHKEK, LocalDate.now())),
            "$.id");
    assertThat(pdf(ngo, "/referrals/" + referral + "/letter.pdf", "ky"))
        .contains("Багыттоо каты", pseudonym, family, "CC-BISHKEK");
    assertThat(pdf(shelter, "/referrals/" + referral + "/letter.pdf", "ru"))
        .contains("Перенаправление", pseudonym)
        .doesNotContain(family);
    // nobody else's letter
    RequestPostProcessor stranger = actors.person("docs-iom", NrmActors.IOM, Role.CASE_WORKER);
    assertThat(
            mvc.perform(get("/referrals/" + referral + "/letter.pdf").with(stranger))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(404);
  }

  @Test
  void a_signed_form_is_kept_sealed_and_opened_only_with_the_identity_every_time_audited()
      throws Exception {
    byte[] scan =
        ("%PDF-1.4 signed by " + family).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    var kept =
        mvc.perform(
                multipart("/cases/" + caseId + "/attachments")
                    .file(
                        new MockMultipartFile(
                            "file", "согласие " + family + ".pdf", "application/pdf", scan))
                    .param("kind", "SIGNED_CONSENT")
                    .with(ngo)
                    .with(csrf()))
            .andReturn()
            .getResponse();
    assertThat(kept.getRedirectedUrl()).isEqualTo("/cases/" + caseId);
    byte[] stored =
        jdbc.sql(
                "select content_ciphertext || file_name_ciphertext from victim_case_attachment"
                    + " where case_id = :c::uuid")
            .param("c", caseId)
            .query(byte[].class)
            .single();
    assertThat(new String(stored, java.nio.charset.StandardCharsets.UTF_8))
        .doesNotContain(family)
        .doesNotContain("%PDF");
    String page =
        mvc.perform(get("/cases/" + caseId).with(ngo).header("Accept-Language", "en"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("Signed consent form").doesNotContain("согласие");
    // a step page: the case's header, the step's own fields and the save button, in the layout
    String step =
        mvc.perform(get("/cases/" + caseId + "/consent").with(ngo).header("Accept-Language", "en"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(step)
        .contains("<title>Consent · Koldoo</title>", "id=\"consent-form\"", "name=\"purpose\"")
        .contains("<footer");
    String id =
        jdbc.sql("select id::text from victim_case_attachment where case_id = :c::uuid")
            .param("c", caseId)
            .query(String.class)
            .single();
    long views = audited("ATTACHMENT_VIEWED");
    var opened =
        mvc.perform(get("/cases/" + caseId + "/attachments/" + id).with(ngo))
            .andReturn()
            .getResponse();
    assertThat(opened.getContentAsByteArray()).isEqualTo(scan);
    assertThat(opened.getContentType()).isEqualTo("application/pdf");
    assertThat(opened.getHeader("Content-Disposition")).contains("attachment");
    assertThat(audited("ATTACHMENT_VIEWED")).isEqualTo(views + 1);

    // a text file calling itself a PDF is refused, and nothing is kept
    var refused =
        mvc.perform(
                multipart("/cases/" + caseId + "/attachments")
                    .file(
                        new MockMultipartFile(
                            "file", "x.pdf", "application/pdf", "hello".getBytes()))
                    .param("kind", "OTHER")
                    .with(ngo)
                    .with(csrf()))
            .andReturn();
    assertThat(refused.getFlashMap().get("actionError")).isEqualTo("attachment.type");
    assertThat(
            jdbc.sql("select count(*) from victim_case_attachment where case_id = :c::uuid")
                .param("c", caseId)
                .query(Long.class)
                .single())
        .isOne();

    // an organisation without identity access neither sees nor opens it
    RequestPostProcessor police = actors.person("docs-police", NrmActors.MVD, Role.INVESTIGATOR);
    assertThat(
            mvc.perform(get("/cases/" + caseId + "/attachments/" + id).with(police))
                .andReturn()
                .getResponse()
                .getStatus())
        .isIn(403, 404);
  }

  @Test
  void documents_are_kept_listed_and_opened_through_the_api_by_the_same_rules() throws Exception {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    var kept =
        mvc.perform(
                multipart("/api/v1/cases/" + caseId + "/attachments")
                    .file(new MockMultipartFile("file", family + ".png", "image/png", png))
                    .param("kind", "IDENTITY_DOCUMENT")
                    .with(ngo))
            .andReturn()
            .getResponse();
    assertThat(kept.getStatus()).isEqualTo(201);
    String id = read(kept, "$.id");
    assertThat(kept.getHeader("Location"))
        .endsWith("/api/v1/cases/" + caseId + "/attachments/" + id);

    var listed = actors.call(ngo, "GET", "/api/v1/cases/" + caseId + "/attachments", null);
    assertThat(listed.getStatus()).isEqualTo(200);
    assertThat(listed.getContentAsString())
        .contains(id, "IDENTITY_DOCUMENT", "image/png")
        .doesNotContain(family);
    long views = audited("ATTACHMENT_VIEWED");
    var opened = actors.call(ngo, "GET", "/api/v1/cases/" + caseId + "/attachments/" + id, null);
    assertThat(opened.getContentAsByteArray()).isEqualTo(png);
    assertThat(opened.getHeader("Cache-Control")).isEqualTo("no-store");
    assertThat(audited("ATTACHMENT_VIEWED")).isEqualTo(views + 1);

    // anything but PDF, JPEG or PNG is refused, naming the field, and nothing is kept
    var refused =
        mvc.perform(
                multipart("/api/v1/cases/" + caseId + "/attachments")
                    .file(new MockMultipartFile("file", "x.png", "image/png", "GIF89a".getBytes()))
                    .param("kind", "OTHER")
                    .with(ngo))
            .andReturn()
            .getResponse();
    assertThat(refused.getStatus()).isEqualTo(400);
    assertThat(refused.getContentAsString()).contains("file");
    assertThat(
            read(
                actors.call(ngo, "GET", "/api/v1/cases/" + caseId + "/attachments", null),
                "$.length()"))
        .isEqualTo("1");

    // a national coordinator sees the case, not its documents
    RequestPostProcessor coordinator =
        actors.person("docs-nat", NrmActors.MOL, Role.NATIONAL_COORDINATOR);
    assertThat(
            actors
                .call(coordinator, "GET", "/api/v1/cases/" + caseId + "/attachments", null)
                .getStatus())
        .isEqualTo(403);
  }

  private long audited(String action) {
    return jdbc.sql("select count(*) from audit_entry where action = :a and object_id = :c")
        .param("a", action)
        .param("c", caseId)
        .query(Long.class)
        .single();
  }

  @Test
  void the_screening_record_names_its_indicators() throws Exception {
    String screening =
        jdbc.sql("select id::text from victim_screening where case_id = :c::uuid")
            .param("c", caseId)
            .query(String.class)
            .single();
    String text = pdf(ngo, "/cases/" + caseId + "/screenings/" + screening + ".pdf", "ru");
    assertThat(text).contains("Протокол скрининга", pseudonym).doesNotContain(family);
  }

  private long identityViews() {
    return jdbc.sql(
            "select count(*) from audit_entry where action = 'IDENTITY_VIEWED'"
                + " and object_id = :c")
        .param("c", caseId)
        .query(Long.class)
        .single();
  }

  private String pdf(RequestPostProcessor who, String url, String language) throws Exception {
    MockHttpServletResponse response =
        mvc.perform(get(url).with(who).header("Accept-Language", language))
            .andReturn()
            .getResponse();
    assertThat(response.getStatus()).as(url).isEqualTo(200);
    assertThat(response.getContentType()).isEqualTo("application/pdf");
    return PdfText.of(response.getContentAsByteArray());
  }
}
