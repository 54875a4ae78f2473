package org.koldoo.victims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.koldoo.victims.NrmActors.CC_BISHKEK;
import static org.koldoo.victims.NrmActors.CC_OSH;
import static org.koldoo.victims.NrmActors.read;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.koldoo.platform.security.Role;
import org.koldoo.support.IntegrationTest;
import org.koldoo.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
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
        .contains("Жеке маалыматты пайдаланууга макулдук", family, "Гүлнара", "1998-03-04")
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
    PdfReader reader = new PdfReader(response.getContentAsByteArray());
    StringBuilder text = new StringBuilder();
    PdfTextExtractor extractor = new PdfTextExtractor(reader);
    for (int page = 1; page <= reader.getNumberOfPages(); page++) {
      text.append(extractor.getTextFromPage(page)).append('\n');
    }
    return text.toString().replaceAll("\\s+", " ");
  }
}
